package kr.innocluster.portal.pilotproject;

import java.math.BigDecimal;

/** A KPI as the company states it: e.g. "defect detection rate", "%", at least, 95. */
public record KpiTarget(String name, String unit, KpiComparator comparator, BigDecimal target) {
}
