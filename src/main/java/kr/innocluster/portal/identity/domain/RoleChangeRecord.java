package kr.innocluster.portal.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Who granted or revoked which role to whom, why and when; with the outbox command that carries it to Keycloak. */
@Entity
@Immutable
@Table(name = "identity_role_change")
public class RoleChangeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "command_id")
    private IdentityCommand command;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private String change;

    @Column(nullable = false)
    private String reason;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_by_username", nullable = false)
    private String decidedByUsername;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected RoleChangeRecord() {
    }

    public RoleChangeRecord(IdentityCommand command, String username, boolean grant, String reason, String decidedBy,
                            String decidedByUsername, Instant decidedAt) {
        this.command = command;
        this.userId = command.getUserId();
        this.username = username;
        this.role = command.getRole();
        this.change = grant ? "GRANT" : "REVOKE";
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedByUsername = decidedByUsername;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public IdentityCommand getCommand() {
        return command;
    }

    public String getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }

    public boolean isGrant() {
        return "GRANT".equals(change);
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByUsername() {
        return decidedByUsername;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
