package kr.innocluster.portal.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One state change: who, when, what and why. Never changed after it is written. */
@Entity
@Table(name = "program_audit")
public class ProgramAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "program_id")
    private long programId;
    @Column(name = "application_id")
    private Long applicationId;
    @Column(name = "actor_subject")
    private String actorSubject;
    @Column(name = "actor_name")
    private String actorName;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String action;
    private String detail;

    protected ProgramAuditEntry() {
    }

    public ProgramAuditEntry(long programId, Long applicationId, String actorSubject, String actorName,
                             Instant occurredAt, String action, String detail) {
        this.programId = programId;
        this.applicationId = applicationId;
        this.actorSubject = actorSubject;
        this.actorName = actorName;
        this.occurredAt = occurredAt;
        this.action = action;
        this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
    }

    public Long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getActorSubject() {
        return actorSubject;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
