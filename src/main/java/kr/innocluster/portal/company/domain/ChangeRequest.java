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
import java.time.LocalDate;
import kr.innocluster.portal.company.ChangeRequestStatus;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;

/** A verified company's member asks to change its {@link VerifiedFacts}; an official approves or rejects. */
@Entity
@Table(name = "company_change_request")
public class ChangeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;
    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;
    @Column(name = "requested_by_name", nullable = false, updatable = false)
    private String requestedByName;
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "business_number", nullable = false, updatable = false)
    private String businessNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Region region;
    @Column(name = "ksic_code", nullable = false, updatable = false)
    private String ksicCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", nullable = false, updatable = false)
    private SizeClass sizeClass;
    @Column(name = "founded_on", nullable = false, updatable = false)
    private LocalDate foundedOn;
    @Column(name = "annual_revenue", nullable = false, updatable = false)
    private long annualRevenue;

    @Enumerated(EnumType.STRING)
    private ChangeRequestStatus status;
    @Column(name = "decided_by_name")
    private String decidedByName;
    @Column(name = "decided_at")
    private Instant decidedAt;
    private String reason;

    @Version
    private long version;

    protected ChangeRequest() {
    }

    public ChangeRequest(long companyId, String requestedBy, String requestedByName, Instant now,
                         VerifiedFacts facts) {
        this.companyId = companyId;
        this.requestedBy = requestedBy;
        this.requestedByName = requestedByName;
        this.requestedAt = now;
        this.businessNumber = facts.businessNumber();
        this.region = facts.region();
        this.ksicCode = facts.ksicCode();
        this.sizeClass = facts.sizeClass();
        this.foundedOn = facts.foundedOn();
        this.annualRevenue = facts.annualRevenue();
        this.status = ChangeRequestStatus.PENDING;
    }

    public VerifiedFacts facts() {
        return new VerifiedFacts(businessNumber, region, ksicCode, sizeClass, foundedOn, annualRevenue);
    }

    /** Approved, rejected (with a reason) or withdrawn by a newer request of the company. */
    public void close(ChangeRequestStatus outcome, String decidedBy, String reason, Instant now) {
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

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getRequestedByName() {
        return requestedByName;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public ChangeRequestStatus getStatus() {
        return status;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }

    public long getVersion() {
        return version;
    }
}
