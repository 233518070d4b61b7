package kr.innocluster.portal.securitylog;

/** What a security-log entry records. */
public enum SecurityEventKind {
    /** Someone signed in through Keycloak. */
    SIGN_IN,
    /** A signed-in person was refused a service call or a view (who tried what). */
    ACCESS_DENIED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    /** A list or search that shows personal data (one entry per search, not per page). */
    PERSONAL_DATA_SEARCH,
    /** One person's record opened. */
    PERSONAL_DATA_DETAIL,
    /** Personal data downloaded (Excel, CSV, PDF ...). */
    PERSONAL_DATA_EXPORT
}
