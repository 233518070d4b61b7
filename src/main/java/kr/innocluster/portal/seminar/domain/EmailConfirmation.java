package kr.innocluster.portal.seminar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A registration waiting for its e-mail address to confirm: the registrant entered an address other than their
 * account's verified one. The form's values wait here; the registration itself is made when the link is opened.
 */
@Entity
@Table(name = "seminar_email_confirmation")
public class EmailConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "seminar_id", nullable = false, updatable = false)
    private long seminarId;
    @Column(name = "attendee_subject", nullable = false, updatable = false)
    private String attendeeSubject;
    @Column(nullable = false, updatable = false)
    private String name;
    @Column(updatable = false)
    private String organisation;
    @Column(nullable = false, updatable = false)
    private String email;
    @Column(nullable = false, updatable = false)
    private String phone;
    @Column(updatable = false)
    private String language;
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected EmailConfirmation() {
    }

    public EmailConfirmation(long seminarId, String attendeeSubject, String name, String organisation, String email,
                             String phone, Locale language, String tokenHash, Instant now, Instant expiresAt) {
        this.seminarId = seminarId;
        this.attendeeSubject = attendeeSubject;
        this.name = name;
        this.organisation = organisation;
        this.email = email;
        this.phone = phone;
        this.language = language == null ? null : language.toLanguageTag();
        this.tokenHash = tokenHash;
        this.requestedAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean openAt(Instant now) {
        return closedAt == null && now.isBefore(expiresAt);
    }

    /** Replaced by a newer request, or expired. */
    public void close(Instant now) {
        closedAt = now;
    }

    public void confirm(Instant now) {
        closedAt = now;
        confirmedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getSeminarId() {
        return seminarId;
    }

    public String getAttendeeSubject() {
        return attendeeSubject;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Optional<Locale> getLanguage() {
        return Optional.ofNullable(language).map(Locale::forLanguageTag);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
