package kr.innocluster.portal.pilotfactory.domain;

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
import java.util.UUID;
import kr.innocluster.portal.pilotfactory.Attendance;
import kr.innocluster.portal.pilotfactory.BookingStatus;

/** Time on one resource requested by a company; the database keeps live bookings of a resource from overlapping. */
@Entity
@Table(name = "pf_booking")
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resource_id", nullable = false)
    private long resourceId;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "company_name", nullable = false)
    private String companyName;

    @Column(name = "requester_subject", nullable = false)
    private String requesterSubject;

    @Column(name = "requester_name", nullable = false)
    private String requesterName;

    @Column(name = "requester_email")
    private String requesterEmail;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status = BookingStatus.REQUESTED;

    @Column(nullable = false)
    private String purpose;

    @Column(nullable = false)
    private String solution;

    @Column(nullable = false)
    private int visitors;

    @Column(name = "series_id")
    private UUID seriesId;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    @Column(name = "attendance_at")
    private Instant attendanceAt;

    @Column(name = "attendance_by")
    private String attendanceBy;

    @Column(name = "blackout_conflict", nullable = false)
    private boolean blackoutConflict;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Booking() {
    }

    @SuppressWarnings("java:S107")
    public Booking(long resourceId, long companyId, String companyName, String requesterSubject, String requesterName,
                   String requesterEmail, Instant startsAt, Instant endsAt, String purpose, String solution,
                   int visitors, UUID seriesId, Instant createdAt) {
        this.resourceId = resourceId;
        this.companyId = companyId;
        this.companyName = companyName;
        this.requesterSubject = requesterSubject;
        this.requesterName = requesterName;
        this.requesterEmail = requesterEmail;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.purpose = purpose;
        this.solution = solution;
        this.visitors = visitors;
        this.seriesId = seriesId;
        this.createdAt = createdAt;
    }

    /** Approve, reject or cancel, with who decided and why. */
    public void decide(BookingStatus newStatus, String reason, String by, Instant at) {
        this.status = newStatus;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
        if (newStatus != BookingStatus.APPROVED) {
            this.blackoutConflict = false;
        }
    }

    public void recordAttendance(Attendance value, String by, Instant at) {
        this.attendance = value;
        this.attendanceBy = by;
        this.attendanceAt = at;
    }

    public void flagBlackoutConflict() {
        this.blackoutConflict = true;
    }

    public void clearBlackoutConflict() {
        this.blackoutConflict = false;
    }

    public Long getId() {
        return id;
    }

    public long getResourceId() {
        return resourceId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getCompanyName() {
        return companyName;
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

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getSolution() {
        return solution;
    }

    public int getVisitors() {
        return visitors;
    }

    public UUID getSeriesId() {
        return seriesId;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public boolean isBlackoutConflict() {
        return blackoutConflict;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
