package kr.innocluster.portal.seminar;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.LanguagePreference;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.seminar.domain.EmailConfirmation;
import kr.innocluster.portal.seminar.domain.Seminar;
import kr.innocluster.portal.seminar.domain.SeminarRegistration;
import kr.innocluster.portal.seminar.domain.SeminarRegistrationRepository;
import kr.innocluster.portal.seminar.domain.SeminarRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person's own registrations: register (confirmed or waitlisted, never overbooked), cancel (which
 * promotes the first waitlisted person), and their ticket and calendar file. Someone else's registration looks
 * exactly like a missing one.
 */
@Service
public class SeminarRegistrationService {

    /** The version of the privacy notice a registrant agreed to (see seminar.consent.* messages). */
    public static final String CONSENT_VERSION = "2026-01";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final SeminarRepository seminars;
    private final SeminarRegistrationRepository registrations;
    private final SeatAllocation allocation;
    private final SeminarMails mails;
    private final SeminarCalendar calendar;
    private final SeminarSurveys surveys;
    private final SeminarCertificates certificates;
    private final EmailConfirmations confirmations;
    private final RegistrationRateLimit rateLimit;
    private final CurrentUser currentUser;
    private final ObjectProvider<LanguagePreference> languagePreference;
    private final DisplayZone zone;
    private final Clock clock;

    SeminarRegistrationService(SeminarRepository seminars, SeminarRegistrationRepository registrations,
                               SeatAllocation allocation, SeminarMails mails, SeminarCalendar calendar,
                               SeminarSurveys surveys, SeminarCertificates certificates,
                               EmailConfirmations confirmations, RegistrationRateLimit rateLimit,
                               CurrentUser currentUser, ObjectProvider<LanguagePreference> languagePreference,
                               DisplayZone zone, Clock clock) {
        this.confirmations = confirmations;
        this.rateLimit = rateLimit;
        this.seminars = seminars;
        this.registrations = registrations;
        this.allocation = allocation;
        this.mails = mails;
        this.calendar = calendar;
        this.surveys = surveys;
        this.certificates = certificates;
        this.currentUser = currentUser;
        this.languagePreference = languagePreference;
        this.zone = zone;
        this.clock = clock;
    }

    /** The form prefilled from the signed-in account (organisation and phone the account does not know). */
    @PreAuthorize("isAuthenticated()")
    public RegistrationForm prefilledForm() {
        PortalUser user = currentUser.require();
        return new RegistrationForm(user.displayName(), "", user.email() == null ? "" : user.email(), "", false);
    }

    /**
     * Registers the caller: a seat, or a place in the waitlist, confirmed by mail to the account's verified address.
     * Another address must confirm first: a link goes there and nothing is registered until it is opened
     * ({@link #confirmEmail(String)}). Rate-limited per account ({@link RegistrationRateLimit}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public RegistrationResult register(long seminarId, RegistrationForm form) {
        PortalUser user = currentUser.require();
        Instant now = clock.instant();
        String phone = validate(form);
        Seminar seminar = seminars.findById(seminarId).filter(s -> s.getStatus() != SeminarStatus.DRAFT)
                .orElseThrow(SeminarRefusals::notFound);
        checkWindow(seminar, now);
        rateLimit.check(user.subject(), now);
        if (!EmailConfirmations.ownVerifiedAddress(user, form.getEmail())) {
            if (registrations.findActive(seminarId, user.subject()).isPresent()) {
                throw new RuleException("seminar.register.error.duplicate");
            }
            confirmations.request(seminar, user, form, phone, language(), now);
            return RegistrationResult.awaitingEmailConfirmation();
        }
        // the account's address as Keycloak has it (the form may differ in case only)
        return enrol(seminar, user.subject(), form.getName().strip(), SeminarForms.blankToNull(form.getOrganisation()),
                user.email().strip(), phone, language(), now);
    }

    /**
     * The link mailed to an address other than the account's was opened by the account that asked: the registration
     * is made now (a seat or the waitlist, as seats stand now). An unknown, used, expired or foreign link is refused.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public RegistrationResult confirmEmail(String token) {
        PortalUser user = currentUser.require();
        Instant now = clock.instant();
        EmailConfirmation confirmation = confirmations.openFor(token, user.subject(), now)
                .orElseThrow(() -> new RuleException("seminar.confirmEmail.error.invalid"));
        Seminar seminar = seminars.findById(confirmation.getSeminarId())
                .filter(s -> s.getStatus() != SeminarStatus.DRAFT).orElseThrow(SeminarRefusals::notFound);
        checkWindow(seminar, now);
        confirmation.confirm(now);
        return enrol(seminar, user.subject(), confirmation.getName(), confirmation.getOrganisation(),
                confirmation.getEmail(), confirmation.getPhone(), confirmation.getLanguage().orElse(null), now);
    }

    private RegistrationResult enrol(Seminar seminar, String subject, String name, String organisation, String email,
                                     String phone, Locale language, Instant now) {
        long seminarId = seminar.getId();
        if (!allocation.lockPublished(seminarId)) {
            // cancelled between the check above and the lock: the official got there first
            throw new ConflictException("seminar.register.error.cancelled");
        }
        if (registrations.findActive(seminarId, subject).isPresent()) {
            throw new RuleException("seminar.register.error.duplicate");
        }
        SeminarRegistration registration = new SeminarRegistration(seminar, subject, name, organisation, email, phone,
                TicketCodes.newTicketCode(), CONSENT_VERSION, language, now);
        if (allocation.takeSeat(seminarId)) {
            registration.confirm(now);
        } else {
            registration.waitlist(allocation.nextWaitlistNumber(seminarId));
        }
        try {
            registration = registrations.saveAndFlush(registration);
        } catch (DataIntegrityViolationException e) {
            throw new RuleException("seminar.register.error.duplicate");
        }
        if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
            mails.confirmed(registration);
            return new RegistrationResult(registration.getId(), true, null,
                    TicketCodes.display(registration.getTicketCode()));
        }
        long position = position(registration);
        mails.waitlisted(registration, position);
        return new RegistrationResult(registration.getId(), false, (int) position, null);
    }

    /** Cancels one's own registration up to the start; a freed seat goes to the first waitlisted person. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void cancel(long registrationId) {
        String subject = currentUser.require().subject();
        long seminarId = registrations.findSeminarIdOfOwn(registrationId, subject)
                .orElseThrow(SeminarRefusals::notFound);
        rateLimit.check(subject, clock.instant());
        allocation.lock(seminarId);
        SeminarRegistration registration = registrations.findOwn(registrationId, subject)
                .orElseThrow(SeminarRefusals::notFound);
        Instant now = clock.instant();
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            throw new RuleException("seminar.cancel.error.alreadyCancelled");
        }
        if (!now.isBefore(registration.getSeminar().getStartsAt())) {
            throw new RuleException("seminar.cancel.error.started");
        }
        boolean heldSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
        registration.cancel(now);
        if (heldSeat) {
            registrations.lockFirstWaiting(seminarId).ifPresentOrElse(next -> {
                next.confirm(now);
                mails.promoted(next);
            }, () -> allocation.releaseSeat(seminarId));
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyRegistration> mine() {
        String subject = currentUser.require().subject();
        Instant now = clock.instant();
        List<SeminarRegistration> list = registrations.findMine(subject);
        // one statement each for the list's waitlist positions and survey answers, whatever its length
        Set<Long> answered = surveys.answeredAmong(list);
        Map<Long, Integer> positions = positions(list);
        return list.stream().map(r -> toMine(r, now, positions.get(r.getId()),
                SeminarSurveys.openFor(r, answered))).toList();
    }

    private Map<Long, Integer> positions(List<SeminarRegistration> list) {
        List<Long> waiting = list.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .map(SeminarRegistration::getId).toList();
        Map<Long, Integer> positions = new HashMap<>();
        if (!waiting.isEmpty()) {
            for (Object[] row : registrations.countWaitingAheadOf(waiting)) {
                positions.put((Long) row[0], ((Number) row[1]).intValue() + 1);
            }
        }
        return positions;
    }

    /** The signed-in user's active registration for a seminar, if any (for the seminar page). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MyRegistration> mineFor(long seminarId) {
        String subject = currentUser.require().subject();
        Instant now = clock.instant();
        return registrations.findActive(seminarId, subject).map(r -> toMine(r, now));
    }

    /** The ticket's QR code (PNG) of a confirmed registration of the caller. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] ticketQr(long registrationId) {
        SeminarRegistration registration = own(registrationId);
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw SeminarRefusals.notFound();
        }
        return QrCodes.png(registration.getTicketCode(), 320);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] calendarFile(long registrationId) {
        return calendar.ics(own(registrationId).getSeminar());
    }

    /** The certificate of attendance (PDF) of the caller's own registration, issued on first download. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public byte[] certificate(long registrationId) {
        SeminarRegistration registration = own(registrationId);
        certificates.issue(registration);
        return certificates.render(registration);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void answerSurvey(long registrationId, SurveyAnswer answer) {
        surveys.answer(own(registrationId), answer);
    }

    /**
     * The registrant's chosen portal language, kept with the registration so that every later mail about it (also
     * those another person's action triggers) is in that language. Asked only once nobody else can be registering
     * this person for this seminar (under the seminar's row lock), because it records the account.
     */
    private Locale language() {
        LanguagePreference preference = languagePreference.getIfAvailable();
        return preference == null ? null : preference.currentUserLanguage().orElse(null);
    }

    private SeminarRegistration own(long registrationId) {
        return registrations.findOwn(registrationId, currentUser.require().subject())
                .orElseThrow(SeminarRefusals::notFound);
    }

    private void checkWindow(Seminar seminar, Instant now) {
        if (seminar.getStatus() == SeminarStatus.CANCELLED) {
            throw new RuleException("seminar.register.error.cancelled");
        }
        if (now.isBefore(seminar.getRegistrationOpensAt())) {
            throw new RuleException("seminar.register.error.notYetOpen",
                    zone.formatDateTime(seminar.getRegistrationOpensAt()));
        }
        if (!seminar.registrationOpenAt(now)) {
            throw new RuleException("seminar.register.error.closed");
        }
    }

    /** Checks the form; returns the phone number normalised (010-1234-5678). */
    private static String validate(RegistrationForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.getName() == null || form.getName().isBlank()) {
            errors.put("name", "seminar.register.error.nameRequired");
        } else if (form.getName().strip().length() > 100) {
            errors.put("name", "seminar.form.error.tooLong");
        }
        if (form.getOrganisation() != null && form.getOrganisation().strip().length() > 200) {
            errors.put("organisation", "seminar.form.error.tooLong");
        }
        if (form.getEmail() == null || !EMAIL.matcher(form.getEmail().strip()).matches()
                || form.getEmail().strip().length() > 320) {
            errors.put("email", "seminar.register.error.email");
        }
        String phone = PhoneNumbers.normalise(form.getPhone()).orElse(null);
        if (phone == null) {
            errors.put("phone", "seminar.register.error.phone");
        }
        if (!form.isConsent()) {
            errors.put("consent", "seminar.register.error.consent");
        }
        if (!errors.isEmpty()) {
            throw RuleException.invalid(SeminarForms.INVALID, errors);
        }
        return phone;
    }

    private long position(SeminarRegistration registration) {
        return registrations.countWaitingAhead(registration.getSeminar().getId(), registration.getWaitlistNumber()) + 1;
    }

    private MyRegistration toMine(SeminarRegistration r, Instant now) {
        return toMine(r, now, r.getStatus() == RegistrationStatus.WAITLISTED ? (int) position(r) : null,
                surveys.openFor(r));
    }

    private MyRegistration toMine(SeminarRegistration r, Instant now, Integer position, boolean surveyOpen) {
        Seminar s = r.getSeminar();
        boolean confirmed = r.getStatus() == RegistrationStatus.CONFIRMED;
        boolean active = r.getStatus() != RegistrationStatus.CANCELLED && s.getStatus() != SeminarStatus.CANCELLED;
        return new MyRegistration(r.getId(), s.getId(), s.getTitle(), s.getVenue(), s.getStartsAt(), s.getEndsAt(),
                s.getStatus(), r.getStatus(), position,
                confirmed && now.isBefore(s.getEndsAt()) ? TicketCodes.display(r.getTicketCode()) : null,
                r.getName(), r.getOrganisation(),
                r.getEmail(), PhoneNumbers.mask(r.getPhone()), r.getCheckedInAt(),
                r.getCertificateCode() == null ? null : TicketCodes.display(r.getCertificateCode()),
                active && now.isBefore(s.getStartsAt()), r.getCheckedInAt() != null,
                surveyOpen);
    }
}
