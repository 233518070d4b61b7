package kr.innocluster.portal.grant;

import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.notification.MailRecord;
import kr.innocluster.portal.notification.Notice;
import kr.innocluster.portal.notification.NotificationService;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Companies are reminded of a report before it is due (once) and when it is overdue (weekly), by mail and notice. */
@IntegrationTest
class GrantRemindersTest {

    @Autowired
    GrantFixtures fixtures;
    @Autowired
    GrantProjectService projects;
    @Autowired
    GrantReminders reminders;
    @Autowired
    NotificationService notifications;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aDueReportIsRemindedOnceBeforeAndWeeklyWhenOverdue() {
        GrantFixtures.Agreed agreed = fixtures.agreedGrant("remind");
        long projectId = fixtures.activeProject(agreed);
        TestUsers.signIn(agreed.companyUser(), "company");
        ReportView interim = projects.project(projectId).reports().stream()
                .filter(r -> r.kind() == ReportKind.INTERIM).findFirst().orElseThrow();
        TestUsers.signOut();

        assertThat(reminders.remind(interim.dueOn().minusDays(3))).isGreaterThanOrEqualTo(1);
        reminders.remind(interim.dueOn().minusDays(2));
        assertThat(mine(agreed)).extracting(Notice::title).containsOnlyOnce("보고서 제출기한 안내");
        assertThat(reminders.remind(interim.dueOn().plusDays(1))).isGreaterThanOrEqualTo(1);
        assertThat(mine(agreed)).extracting(Notice::title).contains("보고서 제출기한 경과");

        TestUsers.signIn("official", "official");
        List<MailRecord> mails = notifications.mailLog(agreed.companyUser() + "@test.example", PageRequest.of(0, 50))
                .getContent();
        assertThat(mails).extracting(MailRecord::subject)
                .contains("[InnoCluster] 보고서 제출기한 안내", "[InnoCluster] 보고서 제출기한 경과");
        assertThat(mails).filteredOn(m -> m.subject().contains("제출기한 안내")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains(interim.dueOn().toString(), "/grant/" + projectId));
    }

    private List<Notice> mine(GrantFixtures.Agreed agreed) {
        TestUsers.signIn(agreed.companyUser(), "company");
        try {
            return notifications.myNotices(50);
        } finally {
            TestUsers.signOut();
        }
    }
}
