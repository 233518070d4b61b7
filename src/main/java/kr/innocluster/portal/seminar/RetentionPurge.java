package kr.innocluster.portal.seminar;

import java.time.Clock;
import java.time.Instant;
import kr.innocluster.portal.seminar.domain.EmailConfirmationRepository;
import kr.innocluster.portal.seminar.domain.Seminar;
import kr.innocluster.portal.seminar.domain.SeminarRegistrationRepository;
import kr.innocluster.portal.seminar.domain.SeminarRepository;
import kr.innocluster.portal.notification.PersonalDataExpired;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys attendees' personal data when a seminar's retention period (counted from its end) is over, as the privacy
 * notice promised: name, organisation, email, phone and account link become null, irreversibly, and every mail and
 * in-portal notice that copied them is deleted. Counts, check-ins and survey ratings stay. Runs nightly on one node only: ShedLock holds a lock row in the database.
 */
@Component
class RetentionPurge {

    static final String LOCK_NAME = "seminar-retention-purge";
    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final SeminarRepository seminars;
    private final SeminarRegistrationRepository registrations;
    private final EmailConfirmationRepository confirmations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetentionPurge(SeminarRepository seminars, SeminarRegistrationRepository registrations,
                   EmailConfirmationRepository confirmations, ApplicationEventPublisher events, Clock clock) {
        this.confirmations = confirmations;
        this.seminars = seminars;
        this.registrations = registrations;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.seminar.purge-cron:0 17 3 * * *}", zone = "Asia/Seoul")
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    public void run() {
        int purged = purgeExpired(clock.instant());
        if (purged > 0) {
            log.info("[retention] anonymised the attendees of {} seminar(s)", purged);
        }
    }

    /**
     * Returns how many seminars had their attendees anonymised. Package-private on purpose: only the nightly job (and
     * this package's tests, which pass the instant) may destroy personal data; no service or view can reach it.
     */
    @Transactional
    int purgeExpired(Instant now) {
        int seminarsPurged = 0;
        for (Seminar seminar : seminars.findDueForPurge(now)) {
            int people = registrations.anonymiseSeminar(seminar.getId(), now);
            confirmations.deleteOfSeminar(seminar.getId());
            // the copies go in the same transaction: mails (recipient, body, attachments) and in-portal notices
            events.publishEvent(new PersonalDataExpired(SeminarMails.personalDataRef(seminar.getId())));
            seminars.findById(seminar.getId()).ifPresent(s -> s.markPersonalDataPurged(now));
            log.info("[retention] seminar #{}: {} registration(s) anonymised", seminar.getId(), people);
            seminarsPurged++;
        }
        return seminarsPurged;
    }
}
