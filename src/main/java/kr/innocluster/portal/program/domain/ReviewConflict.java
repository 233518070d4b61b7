package kr.innocluster.portal.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reviewer declared a conflict of interest with a company. */
@Entity
@Table(name = "review_conflict")
public class ReviewConflict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "reviewer_subject")
    private String reviewerSubject;
    @Column(name = "company_id")
    private long companyId;
    private String reason;
    @Column(name = "declared_at")
    private Instant declaredAt;

    protected ReviewConflict() {
    }

    public ReviewConflict(String reviewerSubject, long companyId, String reason, Instant declaredAt) {
        this.reviewerSubject = reviewerSubject;
        this.companyId = companyId;
        this.reason = reason;
        this.declaredAt = declaredAt;
    }

    public String getReason() {
        return reason;
    }
}
