package kr.innocluster.portal.notification;

import java.time.Duration;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy of the mail log: administrators see addresses and phone numbers masked, stored mails have their own
 * retention (portal.notification.mail-retention, 180 days), and mails marked with expired personal data go with it.
 */
@IntegrationTest
class MailRetentionTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    MailRetentionPurge purge;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theMailLogShowsAdministratorsMaskedAddressesAndPhoneNumbers() {
        String to = "masked.person" + System.nanoTime() + "@mail.example";
        transaction.executeWithoutResult(status -> notifications.queueMail(OutgoingMail.of(to,
                "[InnoCluster] 안내 " + to, "연락처 010-2345-6789, 회신 " + to)));

        TestUsers.signIn("admin", Roles.ADMIN);
        MailRecord record = notifications.mailLog(to, PageRequest.of(0, 10)).getContent().getFirst();

        assertThat(record.recipient()).isEqualTo("m***@mail.example");
        assertThat(record.subject()).doesNotContain(to);
        assertThat(record.body()).contains("010-****-6789").doesNotContain(to).doesNotContain("2345");
    }

    @Test
    void storedMailsGoWhenTheirRetentionEndsAndCopiesOfExpiredPersonalDataGoAtOnce() {
        String old = "old-" + System.nanoTime() + "@mail.example";
        String recent = "recent-" + System.nanoTime() + "@mail.example";
        String copy = "copy-" + System.nanoTime() + "@mail.example";
        transaction.executeWithoutResult(status -> notifications.queueMail(OutgoingMail.of(old, "오래된 메일", "본문")
                .with(new OutgoingMail.MailAttachment("a.ics", "text/calendar", new byte[] {1, 2, 3}))));
        clock.moveBy(Duration.ofDays(100));
        transaction.executeWithoutResult(status -> notifications.queueMail(OutgoingMail.of(recent, "최근 메일", "본문")));
        transaction.executeWithoutResult(status -> {
            notifications.queueMail(OutgoingMail.of(copy, "사본", "본문").about("test:" + copy));
            notifications.notifyUser("subject-" + copy, "사본 알림", "본문", null, "test:" + copy);
        });

        assertThat(purge.purge(clock.instant().plus(Duration.ofDays(81)))).isPositive();
        assertThat(mailsTo(old)).isZero();
        assertThat(mailsTo(recent)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbound_mail_attachment a where not exists "
                + "(select 1 from outbound_mail m where m.id = a.mail_id)", Integer.class)).isZero();

        transaction.executeWithoutResult(status -> events.publishEvent(new PersonalDataExpired("test:" + copy)));
        assertThat(mailsTo(copy)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from portal_notice where recipient_subject = ?",
                Integer.class, "subject-" + copy)).isZero();
    }

    private int mailsTo(String address) {
        return jdbc.queryForObject("select count(*) from outbound_mail where recipient = ?", Integer.class, address);
    }
}
