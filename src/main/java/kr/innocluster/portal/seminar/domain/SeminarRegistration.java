package kr.innocluster.portal.seminar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import kr.innocluster.portal.seminar.RegistrationStatus;

/** One person's registration: confirmed with a seat, waitlisted with an arrival number, or cancelled. */
@Entity
@Table(name = "seminar_registration")
public class SeminarRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    @Column(name = "attendee_subject")
    private String attendeeSubject;
    private String name;
    private String organisation;
    private String email;
    private String phone;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;
    @Column(name = "waitlist_number")
    private Integer waitlistNumber;
    @Column(name = "ticket_code", nullable = false)
    private String ticketCode;
    @Column(name = "consent_version", nullable = false)
    private String consentVersion;
    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "certificate_code")
    private String certificateCode;
    @Column(name = "certificate_issued_at")
    private Instant certificateIssuedAt;
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;
    /** The registrant's portal language when they registered (a language tag); mails about it use it. */
    private String language;
    @Version
    private long version;

    protected SeminarRegistration() {
    }

    public SeminarRegistration(Seminar seminar, String attendeeSubject, String name, String organisation, String email,
                               String phone, String ticketCode, String consentVersion, Locale language, Instant now) {
        this.seminar = seminar;
        this.attendeeSubject = attendeeSubject;
        this.name = name;
        this.organisation = organisation;
        this.email = email;
        this.phone = phone;
        this.ticketCode = ticketCode;
        this.consentVersion = consentVersion;
        this.language = language == null ? null : language.toLanguageTag();
        this.consentAt = now;
        this.registeredAt = now;
    }

    public void confirm(Instant now) {
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
    }

    public void waitlist(int number) {
        status = RegistrationStatus.WAITLISTED;
        waitlistNumber = number;
    }

    public void cancel(Instant now) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
    }

    public void checkIn(Instant now) {
        checkedInAt = now;
    }

    public void undoCheckIn() {
        checkedInAt = null;
    }

    public void issueCertificate(String code, Instant now) {
        certificateCode = code;
        certificateIssuedAt = now;
    }

    /** Irreversible: the person can no longer be identified; status and times stay for statistics. */
    public void anonymise(Instant now) {
        attendeeSubject = null;
        name = null;
        organisation = null;
        email = null;
        phone = null;
        anonymisedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Seminar getSeminar() {
        return seminar;
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

    public RegistrationStatus getStatus() {
        return status;
    }

    public Integer getWaitlistNumber() {
        return waitlistNumber;
    }

    public String getTicketCode() {
        return ticketCode;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public String getCertificateCode() {
        return certificateCode;
    }

    public Instant getCertificateIssuedAt() {
        return certificateIssuedAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    /** The registrant's language, empty when unknown. */
    public Optional<Locale> getLanguage() {
        return Optional.ofNullable(language).map(Locale::forLanguageTag);
    }
}
