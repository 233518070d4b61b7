package kr.innocluster.portal.security;

import java.util.List;

/** The realm roles of Keycloak realm {@code innocluster}; Spring sees each as authority {@code ROLE_<name>}. */
public final class Roles {

    public static final String OFFICIAL = "official";
    public static final String REVIEWER = "reviewer";
    public static final String OPERATOR = "operator";
    public static final String COMPANY = "company";
    public static final String ATTENDEE = "attendee";
    public static final String ADMIN = "admin";

    /** In the order a home page looks for the "main" role of a user holding several. */
    public static final List<String> ALL = List.of(OFFICIAL, OPERATOR, REVIEWER, COMPANY, ADMIN, ATTENDEE);

    private Roles() {
    }

    public static String authority(String role) {
        return "ROLE_" + role;
    }
}
