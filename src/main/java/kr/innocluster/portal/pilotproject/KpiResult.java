package kr.innocluster.portal.pilotproject;

import java.math.BigDecimal;

/** The measured value of one KPI and how it was measured. */
public record KpiResult(long kpiId, BigDecimal measured, String method) {
}
