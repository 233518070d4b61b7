package kr.innocluster.portal.pilotproject;

/**
 * Where a pilot project stands. PLANNED (company opens it) → RUNNING (operator logs the first run) → RESULTS_RECORDED
 * (operator or official records every KPI) → VERIFIED (operator or official verifies; 실증확인서 issued) → PUBLISHED
 * (official, when the terms allow the case library). WITHDRAWN: the company withdrew its data terms (from any state).
 */
public enum ProjectStatus {
    PLANNED, RUNNING, RESULTS_RECORDED, VERIFIED, PUBLISHED, WITHDRAWN;

    /** Verified results exist: the 실증확인서 can be downloaded. */
    public boolean verified() {
        return this == VERIFIED || this == PUBLISHED;
    }

    /** Runs can still be logged and data handed over. */
    public boolean open() {
        return this == PLANNED || this == RUNNING || this == RESULTS_RECORDED;
    }
}
