package kr.innocluster.portal.security;

import java.time.Instant;
import java.util.Optional;

/**
 * When a person's roles last changed in Keycloak, as far as the portal knows (it made the change itself, or saw it in
 * Keycloak's admin events). Kept in the database, so a session on any node notices. Implemented by the identity
 * feature; {@link SessionRoleRefresh} asks it at every navigation.
 */
public interface RoleChangeStamps {

    Optional<Instant> lastChangeOf(String subject);
}
