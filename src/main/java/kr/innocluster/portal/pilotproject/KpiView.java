package kr.innocluster.portal.pilotproject;

import java.math.BigDecimal;
import java.time.Instant;

/** A KPI with its target and, once recorded, the measured value, the method and whether the target was met. */
public record KpiView(long id, String name, String unit, KpiComparator comparator, BigDecimal target,
                      BigDecimal measured, String method, Boolean met, String recordedBy, Instant recordedAt) {

    public boolean recorded() {
        return measured != null;
    }
}
