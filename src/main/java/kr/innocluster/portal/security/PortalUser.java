package kr.innocluster.portal.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person as the portal sees them: Keycloak's subject id, profile and realm roles. {@code emailVerified}
 * is the ID token's {@code email_verified} claim: only a verified address may be trusted as the person's own (e.g. to
 * accept an invitation sent to it).
 */
public record PortalUser(String subject, String username, String displayName, String email, Set<String> roles,
                         Optional<Locale> locale, boolean emailVerified) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The role whose home page this user sees first. */
    public String primaryRole() {
        return Roles.ALL.stream().filter(roles::contains).findFirst().orElse(Roles.ATTENDEE);
    }
}
