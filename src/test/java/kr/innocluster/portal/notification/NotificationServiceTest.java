package kr.innocluster.portal.notification;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aQueuedMailGoesOutOverSmtpAfterCommitWithKoreanTextAndAttachment() throws Exception {
        String to = "mail-test-" + System.nanoTime() + "@example.com";
        transaction.executeWithoutResult(status -> notifications.queueMail(
                OutgoingMail.of(to, "[InnoCluster] 세미나 신청 확정", "윤지우님, 신청이 확정되었습니다.")
                        .with(new OutgoingMail.MailAttachment("seminar.ics", "text/calendar",
                                "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8)))));

        MimeMessage received = TestStack.get().mail().awaitMailTo(to);

        assertThat(received.getSubject()).isEqualTo("[InnoCluster] 세미나 신청 확정");
        assertThat(GreenMailUtil.getBody(received)).isNotBlank();
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("seminar.ics");
    }

    @Test
    void aMailQueuedInARolledBackTransactionIsNeverSent() {
        String to = "rolled-back-" + System.nanoTime() + "@example.com";
        transaction.executeWithoutResult(status -> {
            notifications.queueMail(OutgoingMail.of(to, "취소된 결정", "보내지면 안 됩니다"));
            status.setRollbackOnly();
        });

        dispatcher.sendDue();

        assertThat(TestStack.get().mail().mailsTo(to)).isEmpty();
    }

    @Test
    void onlyOfficialsAndAdministratorsReadTheMailLog() {
        TestUsers.signIn("company", "company");
        assertThatThrownBy(() -> notifications.mailLog("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn("official", "official");
        assertThat(notifications.mailLog("", PageRequest.of(0, 10))).isNotNull();
    }

    @Test
    void usersSeeAndMarkOnlyTheirOwnNotices() {
        String alice = TestUsers.subjectOf("notice-alice");
        transaction.executeWithoutResult(s -> notifications.notifyUser(alice, "선정 안내", "축하합니다", "/home"));

        TestUsers.signIn("notice-bob", "attendee");
        assertThat(notifications.myNotices(10)).isEmpty();
        long aliceNotice = idOfOnlyNotice("notice-alice");
        TestUsers.signIn("notice-bob", "attendee");
        notifications.markRead(aliceNotice);

        TestUsers.signIn("notice-alice", "company");
        assertThat(notifications.myUnreadCount()).isEqualTo(1);
        notifications.markRead(aliceNotice);
        assertThat(notifications.myUnreadCount()).isZero();
        assertThat(notifications.myNotices(10)).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("선정 안내");
            assertThat(n.read()).isTrue();
        });
    }

    private long idOfOnlyNotice(String username) {
        TestUsers.signIn(username, "company");
        return notifications.myNotices(10).getFirst().id();
    }
}
