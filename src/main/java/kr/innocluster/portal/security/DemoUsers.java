package kr.innocluster.portal.security;

/**
 * Keycloak subject ids of the demo users of the local realm overlay
 * ({@code src/test/resources/keycloak/innocluster-local.json}, fixed there with "id"), so demo data can link records
 * to them before anyone has signed in. Production's realm has no demo users.
 */
public final class DemoUsers {

    public static final String OFFICIAL = "00000000-0000-4000-8000-000000000001";
    public static final String REVIEWER = "00000000-0000-4000-8000-000000000002";
    public static final String OPERATOR = "00000000-0000-4000-8000-000000000003";
    public static final String COMPANY = "00000000-0000-4000-8000-000000000004";
    public static final String COMPANY2 = "00000000-0000-4000-8000-000000000005";
    public static final String ATTENDEE = "00000000-0000-4000-8000-000000000006";
    public static final String ADMIN = "00000000-0000-4000-8000-000000000007";
    /** A company user without a company yet (registers one in the demo and the browser test). */
    public static final String COMPANY3 = "00000000-0000-4000-8000-000000000008";

    public static final String MENTOR = "00000000-0000-4000-8000-000000000009";

    private DemoUsers() {
    }
}
