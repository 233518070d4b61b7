package kr.innocluster.portal.seminar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.seminar.domain.Seminar;
import kr.innocluster.portal.seminar.domain.SeminarRegistration;
import kr.innocluster.portal.seminar.domain.SeminarRegistrationRepository;
import kr.innocluster.portal.seminar.domain.SeminarRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seminars as visitors see them (published ones only) and as officials manage them: create, edit (the sessions
 * included), publish and cancel. Registrations are {@link SeminarRegistrationService}'s; the desk at the door
 * is {@link SeminarAttendanceService}'s.
 */
@Service
public class SeminarService {

    private final SeminarRepository seminars;
    private final SeminarRegistrationRepository registrations;
    private final SeminarForms forms;
    private final SeatAllocation allocation;
    private final SeminarMails mails;
    private final SeminarCertificates certificates;
    private final CurrentUser currentUser;
    private final Clock clock;

    SeminarService(SeminarRepository seminars, SeminarRegistrationRepository registrations, SeminarForms forms,
                   SeatAllocation allocation, SeminarMails mails, SeminarCertificates certificates,
                   CurrentUser currentUser, Clock clock) {
        this.seminars = seminars;
        this.registrations = registrations;
        this.forms = forms;
        this.allocation = allocation;
        this.mails = mails;
        this.certificates = certificates;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Published seminars that have not ended yet, soonest first; open to anyone, visitors included. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<SeminarCard> upcoming(int limit) {
        Instant now = clock.instant();
        return seminars.findUpcomingPublished(now, PageRequest.of(0, limit)).stream()
                .map(s -> card(s, now)).toList();
    }

    /** A seminar's public page, open to visitors; drafts exist only for officials. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<SeminarDetails> details(long id) {
        boolean official = currentUser.get().filter(u -> u.hasRole(Roles.OFFICIAL)).isPresent();
        Instant now = clock.instant();
        return seminars.findWithSessions(id)
                .filter(s -> official || s.getStatus() != SeminarStatus.DRAFT)
                .map(s -> forms.details(s, now));
    }

    /** Public check of a certificate of attendance by its code: anyone holding the paper, signed in or not. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<CertificateCheck> verifyCertificate(String code) {
        return certificates.verify(code);
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public Page<SeminarAdminRow> adminPage(String search, Pageable pageable) {
        Page<Seminar> page = search == null || search.isBlank() ? seminars.findAll(pageable)
                : seminars.search(search.strip(), pageable);
        Map<Long, Long> waiting = waitingCounts(page.getContent());
        return page.map(s -> new SeminarAdminRow(s.getId(), s.getTitle(), s.getVenue(), s.getStartsAt(),
                s.getStatus(), s.getCapacity(), s.getConfirmedCount(), waiting.getOrDefault(s.getId(), 0L)));
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public SeminarForm form(long id) {
        return seminars.findWithSessions(id).map(forms::toForm).orElseThrow(SeminarRefusals::notFound);
    }

    /** Creates or updates a seminar from the official's edited copy; a larger capacity promotes waitlisted people. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public long save(SeminarForm form) {
        Seminar seminar = form.getId() == null ? new Seminar(clock.instant())
                : seminars.findWithSessions(form.getId()).orElseThrow(SeminarRefusals::notFound);
        if (form.getId() != null && seminar.getVersion() != form.getVersion()) {
            throw new ConflictException("seminar.error.stale");
        }
        if (seminar.getStatus() == SeminarStatus.CANCELLED) {
            throw new RuleException("seminar.error.cancelled");
        }
        forms.validate(form, seminar.getId() == null ? 0 : seminar.getConfirmedCount());
        forms.apply(form, seminar);
        try {
            seminar = seminars.saveAndFlush(seminar);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("seminar.error.stale");
        }
        promoteIntoFreeSeats(seminar);
        return seminar.getId();
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void publish(long id) {
        publish(seminars.findById(id).orElseThrow(SeminarRefusals::notFound));
    }

    /**
     * Saves the official's copy and publishes it, as one action: when publishing is refused nothing is saved, so a
     * refused publish never leaves edits behind that the official did not mean to keep as a draft.
     */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public long saveAndPublish(SeminarForm form) {
        long id = save(form);
        publish(seminars.findById(id).orElseThrow(SeminarRefusals::notFound));
        return id;
    }

    /** Cancels the seminar; every registrant is told by mail and notice. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public int cancel(long id) {
        Seminar seminar = seminars.findById(id).orElseThrow(SeminarRefusals::notFound);
        if (seminar.getStatus() == SeminarStatus.CANCELLED) {
            throw new RuleException("seminar.error.cancelled");
        }
        if (!clock.instant().isBefore(seminar.getEndsAt())) {
            throw new RuleException("seminar.error.ended");
        }
        allocation.lock(id);
        seminar.cancel();
        List<SeminarRegistration> active = registrations.findActiveOfSeminar(id);
        Instant now = clock.instant();
        for (SeminarRegistration registration : active) {
            registration.cancel(now);
            mails.seminarCancelled(registration);
        }
        return active.size();
    }

    private static void publish(Seminar seminar) {
        if (seminar.getStatus() != SeminarStatus.DRAFT) {
            throw new RuleException("seminar.error.notDraft");
        }
        seminar.publish();
    }

    private void promoteIntoFreeSeats(Seminar seminar) {
        if (seminar.getStatus() != SeminarStatus.PUBLISHED || !clock.instant().isBefore(seminar.getStartsAt())) {
            return;
        }
        allocation.lock(seminar.getId());
        while (allocation.hasFreeSeat(seminar.getId())) {
            Optional<SeminarRegistration> first = registrations.lockFirstWaiting(seminar.getId());
            if (first.isEmpty() || !allocation.takeSeat(seminar.getId())) {
                return;
            }
            first.get().confirm(clock.instant());
            mails.promoted(first.get());
        }
    }

    private Map<Long, Long> waitingCounts(List<Seminar> page) {
        Map<Long, Long> counts = new HashMap<>();
        if (page.isEmpty()) {
            return counts;
        }
        for (Object[] row : registrations.countWaiting(page.stream().map(Seminar::getId).toList())) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private SeminarCard card(Seminar s, Instant now) {
        return new SeminarCard(s.getId(), s.getTitle(), s.getHost(), s.getVenue(), s.getStartsAt(), s.getEndsAt(),
                s.getCapacity(), s.remainingSeats(), s.getStatus(), s.registrationOpenAt(now));
    }
}
