package kr.innocluster.portal.company;

/** Where a company stands with the techno-park; only {@code VERIFIED} companies may apply or book. */
public enum CompanyStatus {
    PENDING, VERIFIED, REJECTED, SUSPENDED
}
