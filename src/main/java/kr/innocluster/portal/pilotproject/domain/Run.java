package kr.innocluster.portal.pilotproject.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The operator's log of one run (one attached booking): actual times, line conditions, deviations. */
@Entity
@Table(name = "pp_run")
public class Run {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "booking_id", nullable = false)
    private long bookingId;

    @Column(name = "resource_name", nullable = false)
    private String resourceName;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Column(name = "line_conditions", nullable = false)
    private String lineConditions;

    private String deviations;

    @Column(name = "logged_by_name", nullable = false)
    private String loggedByName;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    protected Run() {
    }

    @SuppressWarnings("java:S107")
    public Run(long projectId, long bookingId, String resourceName, Instant startedAt, Instant endedAt,
               String lineConditions, String deviations, String loggedByName, Instant loggedAt) {
        this.projectId = projectId;
        this.bookingId = bookingId;
        this.resourceName = resourceName;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.lineConditions = lineConditions;
        this.deviations = deviations;
        this.loggedByName = loggedByName;
        this.loggedAt = loggedAt;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getBookingId() {
        return bookingId;
    }

    public String getResourceName() {
        return resourceName;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getLineConditions() {
        return lineConditions;
    }

    public String getDeviations() {
        return deviations;
    }

    public String getLoggedByName() {
        return loggedByName;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }
}
