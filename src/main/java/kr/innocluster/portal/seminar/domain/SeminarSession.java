package kr.innocluster.portal.seminar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One slot of the programme: a talk with its speaker, or "Q&A". */
@Entity
@Table(name = "seminar_session")
public class SeminarSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    @Column(nullable = false)
    private int position;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(nullable = false)
    private String topic;
    private String speaker;
    private String affiliation;

    protected SeminarSession() {
    }

    public SeminarSession(Instant startsAt, Instant endsAt, String topic, String speaker, String affiliation) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.topic = topic;
        this.speaker = speaker;
        this.affiliation = affiliation;
    }

    void attach(Seminar seminar, int position) {
        this.seminar = seminar;
        this.position = position;
    }

    public int getPosition() {
        return position;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getTopic() {
        return topic;
    }

    public String getSpeaker() {
        return speaker;
    }

    public String getAffiliation() {
        return affiliation;
    }
}
