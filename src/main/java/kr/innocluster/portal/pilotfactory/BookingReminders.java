package kr.innocluster.portal.pilotfactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.innocluster.portal.pilotfactory.domain.Booking;
import kr.innocluster.portal.pilotfactory.domain.BookingRepository;
import kr.innocluster.portal.pilotfactory.domain.FactoryResourceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues a reminder mail for each approved booking that starts within the next day, once: the booking is claimed with
 * a conditional update of {@code reminded_at}, so several portal nodes running this job never remind twice.
 */
@Component
class BookingReminders {

    private static final Logger log = LoggerFactory.getLogger(BookingReminders.class);
    static final Duration AHEAD = Duration.ofDays(1);

    private final BookingRepository bookings;
    private final FactoryResourceRepository resources;
    private final BookingMails mails;
    private final Clock clock;
    private final TransactionTemplate transaction;

    BookingReminders(BookingRepository bookings, FactoryResourceRepository resources, BookingMails mails, Clock clock,
                     PlatformTransactionManager transactionManager) {
        this.bookings = bookings;
        this.resources = resources;
        this.mails = mails;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Scheduled(initialDelayString = "${portal.pilotfactory.reminder-interval:5m}",
            fixedDelayString = "${portal.pilotfactory.reminder-interval:5m}")
    void run() {
        int queued = queueDueReminders(clock.instant());
        if (queued > 0) {
            log.info("[pilot factory] queued {} booking reminder(s)", queued);
        }
    }

    /** Reminds approved bookings starting in [now, now + 1 day); returns how many this call queued. */
    int queueDueReminders(Instant now) {
        List<Long> candidates = transaction.execute(status -> bookings.findReminderCandidates(now, now.plus(AHEAD)));
        int queued = 0;
        for (Long id : candidates == null ? List.<Long>of() : candidates) {
            Boolean sent = transaction.execute(status -> {
                if (bookings.claimReminder(id, now) == 0) {
                    return false;
                }
                Booking booking = bookings.findById(id).orElseThrow();
                mails.reminder(booking, resources.findById(booking.getResourceId()).orElseThrow());
                return true;
            });
            if (Boolean.TRUE.equals(sent)) {
                queued++;
            }
        }
        return queued;
    }
}
