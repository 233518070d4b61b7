package kr.innocluster.portal.security;

import java.util.List;

/** The realm roles of Keycloak realm {@code innocluster}; Spring sees each as authority {@code ROLE_<name>}. */
public final class Roles {

    public static final String OFFICIAL = "official";
    public static final String REVIEWER = "reviewer";
    public static final String OPERATOR = "operator";
    /** Smart-factory mentor (멘토): diagnoses, visits and roadmaps of the companies assigned to them. */
    public static final String MENTOR = "mentor";
    public static final String COMPANY = "company";
    public static final String ATTENDEE = "attendee";
    public static final String ADMIN = "admin";

    /** In the order a home page looks for the "main" role of a user holding several. */
    public static final List<String> ALL = List.of(OFFICIAL, OPERATOR, MENTOR, REVIEWER, COMPANY, ADMIN, ATTENDEE);

    /**
     * Staff roles an administrator grants and revokes on the portal's "users and roles" screen (staff roles later
     * features add join this list). {@code company} follows company membership and
     * {@code attendee} is everyone's default, so neither is granted by hand.
     */
    public static final List<String> STAFF = List.of(OFFICIAL, OPERATOR, MENTOR, REVIEWER, ADMIN);

    private Roles() {
    }

    public static String authority(String role) {
        return "ROLE_" + role;
    }
}
