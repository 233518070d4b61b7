package kr.innocluster.portal.company;

/**
 * The signed-in person's relation to companies, for their home page and the start screens. {@code companyId},
 * {@code companyName} and {@code companyStatus} are set when they belong to a company, {@code joinRequest} when one
 * waits; {@code pendingJoinRequests} counts requests waiting for them as a manager.
 */
public record MyCompanyState(CompanyAccessState state, Long companyId, String companyName,
                             CompanyStatus companyStatus, boolean manager, long pendingJoinRequests,
                             CompanyJoinRequest joinRequest, boolean emailVerified) {

    /** Whether they may open their company's page (and its data) now. */
    public boolean mayOpenCompany() {
        return state == CompanyAccessState.ACTIVE || state == CompanyAccessState.AWAITING_VERIFICATION;
    }
}
