package kr.innocluster.portal.program.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "review_assignment")
public class ReviewAssignment {

    public static final String ASSIGNED = "ASSIGNED";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String CONFLICT = "CONFLICT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_subject")
    private ProgramReviewer reviewer;
    private String status = ASSIGNED;
    @Column(name = "overall_comment")
    private String overallComment;
    @Column(name = "assigned_at")
    private Instant assignedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "reviewer_withdrawn_at")
    private Instant reviewerWithdrawnAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ReviewScore> scores = new ArrayList<>();

    protected ReviewAssignment() {
    }

    public ReviewAssignment(GrantApplication application, ProgramReviewer reviewer, Instant assignedAt) {
        this.application = application;
        this.reviewer = reviewer;
        this.assignedAt = assignedAt;
    }

    public void score(RubricItem item, int score, String comment) {
        Optional<ReviewScore> existing = scores.stream()
                .filter(s -> s.getRubricItem().getId().equals(item.getId())).findFirst();
        if (existing.isPresent()) {
            existing.get().change(score, comment);
        } else {
            scores.add(new ReviewScore(this, item, score, comment));
        }
    }

    public void comment(String overallComment) {
        this.overallComment = overallComment;
    }

    public void submit(Instant now) {
        status = SUBMITTED;
        submittedAt = now;
    }

    public void declareConflict() {
        status = CONFLICT;
    }

    /** The reviewer was deactivated while this review was open: kept, flagged for the official. */
    public void reviewerWithdrawn(Instant now) {
        reviewerWithdrawnAt = now;
    }

    public boolean isReviewerWithdrawn() {
        return reviewerWithdrawnAt != null;
    }

    public boolean isOpen() {
        return ASSIGNED.equals(status);
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public ProgramReviewer getReviewer() {
        return reviewer;
    }

    public String getStatus() {
        return status;
    }

    public String getOverallComment() {
        return overallComment;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<ReviewScore> getScores() {
        return scores;
    }
}
