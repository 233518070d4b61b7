package kr.innocluster.portal.company;

/** Where a company stands with the techno-park; only {@code VERIFIED} companies may apply or book. */
public enum CompanyStatus {
    PENDING, VERIFIED, REJECTED, SUSPENDED;

    /**
     * Whether members act for the company with the {@code company} role: from its verification on (a suspension keeps
     * the role: applications and bookings are refused by the status, and members still read the reason). Members of a
     * company never verified see and correct it without the role.
     */
    public boolean membersHoldTheRole() {
        return this == VERIFIED || this == SUSPENDED;
    }
}
