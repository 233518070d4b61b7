package kr.innocluster.portal.pilotproject;

import java.math.BigDecimal;

/** How a measured value meets a KPI's target: at least the target (≥, e.g. detection rate) or at most (≤, cycle time). */
public enum KpiComparator {
    AT_LEAST("≥"), AT_MOST("≤");

    private final String symbol;

    KpiComparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean met(BigDecimal measured, BigDecimal target) {
        int compared = measured.compareTo(target);
        return this == AT_LEAST ? compared >= 0 : compared <= 0;
    }
}
