package kr.innocluster.portal.grant;

import java.time.Clock;
import java.time.LocalDate;
import kr.innocluster.portal.grant.domain.ActivityStore;
import kr.innocluster.portal.grant.domain.ProjectStore;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds companies, by mail and in the portal: a report due within {@link #DAYS_BEFORE} days (once), an overdue
 * report (weekly), and an outcome survey due or overdue (weekly until answered). Each reminder is claimed with a
 * conditional update, and ShedLock keeps the job to one node at a time.
 */
@Component
class GrantReminders {

    private static final Logger log = LoggerFactory.getLogger(GrantReminders.class);
    static final int DAYS_BEFORE = 7;

    private final ActivityStore activity;
    private final ProjectStore projects;
    private final GrantNotices notices;
    private final Clock clock;
    private final TransactionTemplate transaction;

    GrantReminders(ActivityStore activity, ProjectStore projects, GrantNotices notices, Clock clock,
                   PlatformTransactionManager transactionManager) {
        this.activity = activity;
        this.projects = projects;
        this.notices = notices;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${portal.grant.reminder-cron:0 0 9 * * *}", zone = "Asia/Seoul")
    @SchedulerLock(name = "grant-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void run() {
        int sent = remind(LocalDate.now(clock));
        if (sent > 0) {
            log.info("[grant] queued {} reminder(s)", sent);
        }
    }

    /** Sends today's reminders; returns how many this call queued. */
    int remind(LocalDate today) {
        int sent = 0;
        for (ActivityStore.DueReport r : transaction.execute(s -> activity.reportsToRemindBefore(today,
                today.plusDays(DAYS_BEFORE)))) {
            sent += once(() -> activity.claimReminder(r.reportId(), false, today), r.projectId(),
                    "reportDue", r.dueOn());
        }
        for (ActivityStore.DueReport r : transaction.execute(s -> activity.overdueReports(today))) {
            sent += once(() -> activity.claimReminder(r.reportId(), true, today), r.projectId(),
                    "reportOverdue", r.dueOn());
        }
        for (OutcomeView o : transaction.execute(s -> activity.outcomesToRemind(today.plusDays(30), today))) {
            sent += once(() -> activity.claimOutcomeReminder(o.id(), today), o.projectId(), "outcomeDue", o.dueOn());
        }
        return sent;
    }

    private int once(java.util.function.BooleanSupplier claim, long projectId, String kind, LocalDate due) {
        Boolean done = transaction.execute(s -> {
            if (!claim.getAsBoolean()) {
                return false;
            }
            projects.project(projectId).ifPresent(p -> notices.send(p, kind, due.toString()));
            return true;
        });
        return Boolean.TRUE.equals(done) ? 1 : 0;
    }
}
