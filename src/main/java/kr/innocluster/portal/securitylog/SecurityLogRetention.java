package kr.innocluster.portal.securitylog;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes log entries older than two years, nightly on one node. The database lets only this job delete, and only
 * such rows: the trigger on {@code security_log} checks the transaction-local setting this job sets.
 */
@Component
class SecurityLogRetention {

    private static final Logger log = LoggerFactory.getLogger(SecurityLogRetention.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SecurityLogRetention(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${portal.security-log.retention-cron:0 30 3 * * *}", zone = "Asia/Seoul")
    @SchedulerLock(name = "security-log-retention", lockAtMostFor = "PT30M")
    public void nightly() {
        int removed = removeExpired();
        if (removed > 0) {
            log.info("[security-log] removed {} entries older than two years", removed);
        }
    }

    int removeExpired() {
        Integer removed = transaction.execute(status -> {
            jdbc.execute("set local portal.security_log.retention = 'on'");
            return jdbc.update("delete from security_log where occurred_at < now() - interval '2 years'");
        });
        return removed == null ? 0 : removed;
    }
}
