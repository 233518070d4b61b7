package kr.innocluster.portal.seminar;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.securitylog.PersonalDataUse;
import kr.innocluster.portal.securitylog.SecurityLog;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.seminar.domain.Seminar;
import kr.innocluster.portal.seminar.domain.SeminarRegistration;
import kr.innocluster.portal.seminar.domain.SeminarRegistrationRepository;
import kr.innocluster.portal.seminar.domain.SeminarRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officials' side of a seminar's attendees: live counts, the searchable list and its Excel export, check-in at
 * the door (by ticket code or by picking a name, with undo), certificates and the satisfaction survey.
 */
@Service
@RolesAllowed(Roles.OFFICIAL)
public class SeminarAttendanceService {

    /** The door opens this long before the start (early arrivals), and closes this long after the end. */
    static final Duration CHECK_IN_MARGIN = Duration.ofHours(12);

    private final SeminarRepository seminars;
    private final SeminarRegistrationRepository registrations;
    private final SeminarCertificates certificates;
    private final SeminarSurveys surveys;
    private final SeminarMails mails;
    private final AttendeeWorkbook workbook;
    private final Clock clock;
    private final SecurityLog securityLog;

    SeminarAttendanceService(SeminarRepository seminars, SeminarRegistrationRepository registrations,
                             SeminarCertificates certificates, SeminarSurveys surveys, SeminarMails mails,
                             AttendeeWorkbook workbook, Clock clock, SecurityLog securityLog) {
        this.seminars = seminars;
        this.registrations = registrations;
        this.certificates = certificates;
        this.surveys = surveys;
        this.mails = mails;
        this.workbook = workbook;
        this.clock = clock;
        this.securityLog = securityLog;
    }

    @Transactional(readOnly = true)
    public RegistrationCounts counts(long seminarId) {
        Seminar seminar = seminar(seminarId);
        long confirmed = 0;
        long waitlisted = 0;
        long cancelled = 0;
        long checkedIn = 0;
        for (Object[] row : registrations.countByStatus(seminarId)) {
            long count = (Long) row[1];
            switch ((RegistrationStatus) row[0]) {
                case CONFIRMED -> confirmed = count;
                case WAITLISTED -> waitlisted = count;
                case CANCELLED -> cancelled = count;
            }
            checkedIn += (Long) row[2];
        }
        return new RegistrationCounts(seminar.getCapacity(), confirmed, waitlisted, cancelled, checkedIn);
    }

    @Transactional(readOnly = true)
    public Page<AttendeeRow> attendees(long seminarId, String search, Pageable pageable) {
        seminar(seminarId);
        String text = search == null ? "" : search.strip();
        String code = TicketCodes.normalise(text);
        Page<AttendeeRow> page = registrations.search(seminarId, code.length() == 8 && !text.contains(" ") ? code
                : text, pageable).map(SeminarAttendanceService::row);
        if (pageable.getPageNumber() == 0) {
            // attendees' names, organisations and contacts: one security-log entry per search, not per page. The
            // search text itself (often a name or an address) stays out: the append-only log outlives the retention
            securityLog.personalDataViewed(PersonalDataUse.SEARCH, "seminar.attendees search="
                    + (text.isEmpty() ? "(none)" : "(text)"), String.valueOf(seminarId),
                    (int) Math.min(Integer.MAX_VALUE, page.getTotalElements()));
        }
        return page;
    }

    @Transactional(readOnly = true)
    public byte[] exportExcel(long seminarId, Locale locale) {
        Seminar seminar = seminar(seminarId);
        List<AttendeeRow> rows = registrations.findAllOfSeminar(seminarId).stream()
                .map(SeminarAttendanceService::row).toList();
        securityLog.personalDataViewed(PersonalDataUse.EXPORT, "seminar.attendees export", String.valueOf(seminarId),
                rows.size());
        return workbook.write(seminar.getTitle(), rows, locale);
    }

    /** Checks in the holder of a ticket (typed or scanned); a second scan only reports the first check-in. */
    @Transactional
    public CheckInResult checkInByCode(long seminarId, String ticketCode) {
        Seminar seminar = seminar(seminarId);
        SeminarRegistration registration = registrations.findByTicket(seminarId, TicketCodes.normalise(ticketCode))
                .orElseThrow(() -> new RuleException("seminar.checkin.error.unknownTicket"));
        return checkIn(seminar, registration);
    }

    @Transactional
    public CheckInResult checkIn(long seminarId, long registrationId) {
        Seminar seminar = seminar(seminarId);
        return checkIn(seminar, registration(seminarId, registrationId));
    }

    /** Takes back a mistaken check-in, as long as no certificate was issued on it. */
    @Transactional
    public void undoCheckIn(long seminarId, long registrationId) {
        SeminarRegistration registration = registration(seminarId, registrationId);
        if (registration.getCertificateCode() != null) {
            throw new RuleException("seminar.checkin.error.certificateIssued");
        }
        registration.undoCheckIn();
    }

    /** Issues certificates to everyone who checked in and has none yet; each is told by mail and notice. */
    @Transactional
    public int issueCertificates(long seminarId) {
        Seminar seminar = seminar(seminarId);
        if (clock.instant().isBefore(seminar.getStartsAt())) {
            throw new RuleException("seminar.certificate.error.notStarted");
        }
        int issued = 0;
        for (SeminarRegistration registration : registrations.findCheckedIn(seminarId)) {
            if (registration.getCertificateCode() == null && registration.getAnonymisedAt() == null) {
                certificates.issueAndTell(registration);
                issued++;
            }
        }
        return issued;
    }

    /** Sends the survey to the people who checked in (and to nobody else); once per seminar. */
    @Transactional
    public int sendSurvey(long seminarId) {
        Seminar seminar = seminar(seminarId);
        if (seminar.getSurveySentAt() != null) {
            throw new RuleException("seminar.survey.error.alreadySent");
        }
        if (clock.instant().isBefore(seminar.getStartsAt())) {
            throw new RuleException("seminar.survey.error.notStarted");
        }
        List<SeminarRegistration> attended = registrations.findCheckedIn(seminarId);
        if (attended.isEmpty()) {
            throw new RuleException("seminar.survey.error.nobodyAttended");
        }
        seminar.markSurveySent(clock.instant());
        attended.forEach(mails::survey);
        return attended.size();
    }

    @Transactional(readOnly = true)
    public SurveyResults surveyResults(long seminarId) {
        seminar(seminarId);
        return surveys.results(seminarId);
    }

    private CheckInResult checkIn(Seminar seminar, SeminarRegistration registration) {
        Instant now = clock.instant();
        if (seminar.getStatus() != SeminarStatus.PUBLISHED) {
            throw new RuleException("seminar.checkin.error.notPublished");
        }
        if (now.isBefore(seminar.getStartsAt().minus(CHECK_IN_MARGIN)) || now.isAfter(seminar.getEndsAt().plus(CHECK_IN_MARGIN))) {
            throw new RuleException("seminar.checkin.error.notToday");
        }
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new RuleException("seminar.checkin.error.notConfirmed", registration.getName());
        }
        boolean already = registration.getCheckedInAt() != null;
        if (!already) {
            registration.checkIn(now);
        }
        return new CheckInResult(registration.getId(), registration.getName(), registration.getOrganisation(),
                TicketCodes.display(registration.getTicketCode()), already, registration.getCheckedInAt());
    }

    private Seminar seminar(long seminarId) {
        return seminars.findById(seminarId).orElseThrow(SeminarRefusals::notFound);
    }

    private SeminarRegistration registration(long seminarId, long registrationId) {
        return registrations.findById(registrationId).filter(r -> r.getSeminar().getId() == seminarId)
                .orElseThrow(SeminarRefusals::notFound);
    }

    private static AttendeeRow row(SeminarRegistration r) {
        return new AttendeeRow(r.getId(), r.getStatus(), r.getWaitlistNumber(), r.getName(),
                r.getOrganisation(), r.getEmail(), r.getPhone(), TicketCodes.display(r.getTicketCode()),
                r.getRegisteredAt(), r.getCheckedInAt(),
                r.getCertificateCode() == null ? null : TicketCodes.display(r.getCertificateCode()));
    }
}
