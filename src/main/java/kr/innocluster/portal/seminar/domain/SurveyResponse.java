package kr.innocluster.portal.seminar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attendee's satisfaction answer; carries no personal data, so it survives the retention purge. */
@Entity
@Table(name = "seminar_survey_response")
public class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "registration_id", nullable = false)
    private long registrationId;
    @Column(name = "seminar_id", nullable = false)
    private long seminarId;
    @Column(nullable = false)
    private int overall;
    @Column(nullable = false)
    private int usefulness;
    private String comment;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected SurveyResponse() {
    }

    public SurveyResponse(long registrationId, long seminarId, int overall, int usefulness, String comment,
                          Instant submittedAt) {
        this.registrationId = registrationId;
        this.seminarId = seminarId;
        this.overall = overall;
        this.usefulness = usefulness;
        this.comment = comment;
        this.submittedAt = submittedAt;
    }

    public int getOverall() {
        return overall;
    }

    public int getUsefulness() {
        return usefulness;
    }

    public String getComment() {
        return comment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
