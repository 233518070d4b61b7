package kr.innocluster.portal.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import kr.innocluster.portal.company.JoinRequestStatus;

/**
 * A person's request to join a registered company. Keeps the requester's name, verified e-mail and language as they
 * were when asking, so the manager knows whom they admit and the answer reaches the requester in their language.
 */
@Entity
@Table(name = "company_join_request")
public class JoinRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "requester_subject", nullable = false)
    private String requesterSubject;

    @Column(name = "requester_name", nullable = false)
    private String requesterName;

    @Column(name = "requester_email", nullable = false)
    private String requesterEmail;

    @Column(name = "requester_language", nullable = false)
    private String requesterLanguage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JoinRequestStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_name")
    private String decidedByName;

    private String reason;

    @Version
    private long version;

    protected JoinRequest() {
    }

    public JoinRequest(long companyId, String requesterSubject, String requesterName, String requesterEmail,
                       String requesterLanguage, Instant requestedAt) {
        this.companyId = companyId;
        this.requesterSubject = requesterSubject;
        this.requesterName = requesterName;
        this.requesterEmail = requesterEmail;
        this.requesterLanguage = requesterLanguage;
        this.requestedAt = requestedAt;
        this.status = JoinRequestStatus.PENDING;
    }

    public boolean isPending() {
        return status == JoinRequestStatus.PENDING;
    }

    /** Closes the pending request: approved or declined by {@code decidedBy}, or cancelled (decidedBy null). */
    public void close(JoinRequestStatus outcome, String decidedBy, String reason, Instant now) {
        if (!isPending() || outcome == JoinRequestStatus.PENDING) {
            throw new IllegalStateException("join request " + id + " is " + status);
        }
        this.status = outcome;
        this.decidedByName = decidedBy;
        this.reason = reason;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getRequesterSubject() {
        return requesterSubject;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getRequesterEmail() {
        return requesterEmail;
    }

    public String getRequesterLanguage() {
        return requesterLanguage;
    }

    public JoinRequestStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public String getReason() {
        return reason;
    }
}
