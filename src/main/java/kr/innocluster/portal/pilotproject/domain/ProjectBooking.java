package kr.innocluster.portal.pilotproject.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A pilot-factory booking attached to a project, with what the certificate shows of it (the booking may change). */
@Entity
@Table(name = "pp_project_booking")
public class ProjectBooking {

    @Id
    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "resource_name", nullable = false)
    private String resourceName;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    protected ProjectBooking() {
    }

    public ProjectBooking(long bookingId, long projectId, String resourceName, Instant startsAt, Instant endsAt,
                          Instant attachedAt) {
        this.bookingId = bookingId;
        this.projectId = projectId;
        this.resourceName = resourceName;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.attachedAt = attachedAt;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getResourceName() {
        return resourceName;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
