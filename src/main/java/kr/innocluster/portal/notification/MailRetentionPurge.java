package kr.innocluster.portal.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kr.innocluster.portal.notification.domain.OutboundMailRepository;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail log's own retention: a stored mail (recipient, text, attachments) is deleted once it is older than
 * {@code portal.notification.mail-retention} (whatever feature sent it), so the outbox does not become a lasting copy
 * of everyone's personal data. Nightly, on one node (ShedLock).
 */
@Component
class MailRetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(MailRetentionPurge.class);

    private final OutboundMailRepository mails;
    private final Clock clock;
    private final Duration retention;

    MailRetentionPurge(OutboundMailRepository mails, Clock clock,
                       @Value("${portal.notification.mail-retention:P180D}") Duration retention) {
        this.mails = mails;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${portal.notification.mail-purge-cron:0 47 3 * * *}", zone = "Asia/Seoul")
    @SchedulerLock(name = "notification-mail-retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    public void run() {
        int deleted = purge(clock.instant());
        if (deleted > 0) {
            log.info("[retention] {} mail(s) older than {} deleted", deleted, retention);
        }
    }

    /** Package-private: only the nightly job and this package's tests delete mail records. */
    @Transactional
    int purge(Instant now) {
        return mails.deleteCreatedBefore(now.minus(retention));
    }
}
