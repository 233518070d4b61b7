package kr.innocluster.portal.identity;

/** Where a role decision stands on its way to Keycloak. */
public enum RoleChangeState {
    /** Recorded; Keycloak has not taken it yet (it may be unreachable: the outbox keeps trying). */
    PENDING,
    /** Keycloak holds it. */
    APPLIED,
    /** Can never be applied (the person no longer exists in Keycloak). */
    FAILED
}
