package kr.innocluster.portal.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One change the portal makes in Keycloak, waiting in the outbox until it is applied. */
@Entity
@Table(name = "identity_command")
public class IdentityCommand {

    /** What the command does in Keycloak. */
    public enum Kind {
        GRANT_REALM_ROLE, REVOKE_REALM_ROLE,
        /** Creates the account with its realm role and has Keycloak mail the link for the required actions. */
        INVITE_USER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "user_id", nullable = false)
    private String userId;

    private String role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(name = "abandoned_at")
    private Instant abandonedAt;

    @Column(name = "last_error")
    private String lastError;

    private String email;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "created_user_id")
    private String createdUserId;

    protected IdentityCommand() {
    }

    public IdentityCommand(Kind kind, String userId, String role, Instant now) {
        this.kind = kind;
        this.userId = userId;
        this.role = role;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** An invitation: the account for {@code email}, known under the placeholder {@code placeholderId} until created. */
    public static IdentityCommand invite(String placeholderId, String email, String firstName, String lastName,
                                         String role, Instant now) {
        IdentityCommand command = new IdentityCommand(Kind.INVITE_USER, placeholderId, role, now);
        command.email = email;
        command.firstName = firstName;
        command.lastName = lastName;
        return command;
    }

    /** Keycloak created the account of an invitation under this id. */
    public void recordCreatedUser(String keycloakId) {
        this.createdUserId = keycloakId;
    }

    public void markApplied(Instant now) {
        attempts++;
        appliedAt = now;
        lastError = null;
    }

    /** Keycloak could not take it now: try again after a back-off that doubles up to {@code maxBackoff}. */
    public void markFailed(String error, Instant now, Duration firstBackoff, Duration maxBackoff) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 16));
        nextAttemptAt = now.plus(backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff);
    }

    /** It can never be applied (the person no longer exists in Keycloak). */
    public void abandon(String error, Instant now) {
        attempts++;
        abandonedAt = now;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getUserId() {
        return userId;
    }

    public String getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getAbandonedAt() {
        return abandonedAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getCreatedUserId() {
        return createdUserId;
    }
}
