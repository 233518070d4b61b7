package kr.innocluster.portal.company;

/** Where the signed-in person stands with companies; see {@link MyCompanyState}. */
public enum CompanyAccessState {
    /** No company and no open request: they may register a company or ask to join one. */
    NONE,
    /** Their request to join a company waits for its manager. */
    JOIN_REQUESTED,
    /** They belong to a company that is not verified (yet): they see and correct it without the company role. */
    AWAITING_VERIFICATION,
    /** They belong to a company and hold the company role. */
    ACTIVE,
    /** Their company is verified and the portal asked for their role a moment ago; it arrives at a next navigation. */
    ACCESS_PENDING,
    /** They belong to a verified (or suspended) company but the company role was taken away, e.g. in Keycloak. */
    WITHDRAWN
}
