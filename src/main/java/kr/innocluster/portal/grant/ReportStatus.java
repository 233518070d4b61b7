package kr.innocluster.portal.grant;

/** A report waiting for the company, submitted, returned for revision, or accepted. */
public enum ReportStatus {
    DUE, SUBMITTED, RETURNED, ACCEPTED;

    public boolean editableByCompany() {
        return this == DUE || this == RETURNED;
    }
}
