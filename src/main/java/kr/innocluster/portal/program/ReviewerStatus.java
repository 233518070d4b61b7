package kr.innocluster.portal.program;

/** Where a reviewer of the pool stands. */
public enum ReviewerStatus {
    /** Invited by an official; has not signed in yet (the account may still be on its way to Keycloak). */
    INVITED,
    /** Has signed in as a reviewer. */
    ACTIVE,
    /** Deactivated by an official: role removed, out of the pool, open assignments flagged. */
    DEACTIVATED
}
