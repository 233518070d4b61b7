package kr.innocluster.portal.identity;

import java.time.Instant;

/** One grant or revocation: who decided what for whom and why, and whether Keycloak has it yet. */
public record RoleChange(long id, String userId, String username, String role, boolean grant, String reason,
                         String decidedBy, String decidedByUsername, Instant decidedAt, RoleChangeState state,
                         Instant appliedAt, int attempts, String lastError) {
}
