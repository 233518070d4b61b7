package kr.innocluster.portal.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.innocluster.portal.company.InvitationStatus;

/**
 * A manager's invitation of a colleague by e-mail, mailed as a link with a single-use token. Only the token's hash is
 * kept, so the database alone cannot be used to accept it. Used, revoked and expired invitations stay as history.
 */
@Entity
@Table(name = "company_invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(nullable = false)
    private String email;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false)
    private String invitedBy;

    @Column(name = "invited_by_subject", nullable = false)
    private String invitedBySubject;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvitationStatus status;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    protected Invitation() {
    }

    public Invitation(long companyId, String email, String tokenHash, String invitedBy, String invitedBySubject,
                      Instant invitedAt, Instant expiresAt) {
        this.companyId = companyId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.invitedBySubject = invitedBySubject;
        this.invitedAt = invitedAt;
        this.expiresAt = expiresAt;
        this.status = InvitationStatus.OPEN;
    }

    /** The status as of {@code now}: an open invitation past its expiry counts as expired. */
    public InvitationStatus statusAt(Instant now) {
        return status == InvitationStatus.OPEN && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }

    public void accept(String subject, Instant now) {
        close(InvitationStatus.ACCEPTED, now);
        this.acceptedBy = subject;
    }

    public void revoke(Instant now) {
        close(InvitationStatus.REVOKED, now);
    }

    public void expire(Instant now) {
        close(InvitationStatus.EXPIRED, now);
    }

    private void close(InvitationStatus newStatus, Instant now) {
        if (status != InvitationStatus.OPEN) {
            throw new IllegalStateException("invitation " + id + " is " + status);
        }
        this.status = newStatus;
        this.closedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getEmail() {
        return email;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public String getInvitedBySubject() {
        return invitedBySubject;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }
}
