package kr.innocluster.portal.seminar.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.seminar.SeminarStatus;

/**
 * A seminar. {@code confirmedCount} and {@code waitlistSeq} are read-only here: only the conditional updates of
 * {@code SeatAllocation} change them, so an official's edit can never overwrite a seat count.
 */
@Entity
@Table(name = "seminar")
public class Seminar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String host;
    private String description;
    @Column(nullable = false)
    private String venue;
    @Column(name = "online_url")
    private String onlineUrl;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(nullable = false)
    private int capacity;
    @Column(name = "confirmed_count", insertable = false, updatable = false)
    private int confirmedCount;
    @Column(name = "waitlist_seq", insertable = false, updatable = false)
    private int waitlistSeq;
    @Column(name = "registration_opens_at", nullable = false)
    private Instant registrationOpensAt;
    @Column(name = "registration_closes_at", nullable = false)
    private Instant registrationClosesAt;
    @Column(name = "retention_days", nullable = false)
    private int retentionDays;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SeminarStatus status;
    @Column(name = "survey_sent_at")
    private Instant surveySentAt;
    @Column(name = "personal_data_purged_at")
    private Instant personalDataPurgedAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "seminar", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SeminarSession> sessions = new ArrayList<>();

    protected Seminar() {
    }

    public Seminar(Instant createdAt) {
        this.createdAt = createdAt;
        this.status = SeminarStatus.DRAFT;
    }

    public void describe(String title, String host, String description, String venue, String onlineUrl) {
        this.title = title;
        this.host = host;
        this.description = description;
        this.venue = venue;
        this.onlineUrl = onlineUrl;
    }

    public void schedule(Instant startsAt, Instant endsAt, Instant registrationOpensAt, Instant registrationClosesAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.registrationOpensAt = registrationOpensAt;
        this.registrationClosesAt = registrationClosesAt;
    }

    public void limit(int capacity, int retentionDays) {
        this.capacity = capacity;
        this.retentionDays = retentionDays;
    }

    public void replaceSessions(List<SeminarSession> newSessions) {
        sessions.clear();
        int position = 1;
        for (SeminarSession session : newSessions) {
            session.attach(this, position++);
            sessions.add(session);
        }
    }

    public void publish() {
        status = SeminarStatus.PUBLISHED;
    }

    public void cancel() {
        status = SeminarStatus.CANCELLED;
    }

    public void markSurveySent(Instant now) {
        surveySentAt = now;
    }

    public void markPersonalDataPurged(Instant now) {
        personalDataPurgedAt = now;
    }

    public boolean registrationOpenAt(Instant now) {
        return status == SeminarStatus.PUBLISHED && !now.isBefore(registrationOpensAt) && now.isBefore(registrationClosesAt)
                && now.isBefore(startsAt);
    }

    public Instant retentionEndsAt() {
        return endsAt.plus(Duration.ofDays(retentionDays));
    }

    public int remainingSeats() {
        return Math.max(0, capacity - confirmedCount);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getHost() {
        return host;
    }

    public String getDescription() {
        return description;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getConfirmedCount() {
        return confirmedCount;
    }

    public int getWaitlistSeq() {
        return waitlistSeq;
    }

    public Instant getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public Instant getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public SeminarStatus getStatus() {
        return status;
    }

    public Instant getSurveySentAt() {
        return surveySentAt;
    }

    public Instant getPersonalDataPurgedAt() {
        return personalDataPurgedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<SeminarSession> getSessions() {
        return sessions;
    }
}
