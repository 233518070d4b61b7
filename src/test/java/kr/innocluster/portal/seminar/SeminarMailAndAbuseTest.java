package kr.innocluster.portal.seminar;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.localstack.MailServer;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mail and abuse: a confirmation goes only to an address that is known to belong to the registrant (the account's
 * verified one, or one that confirmed by a link), and one account registers or cancels at most five times an hour.
 */
@IntegrationTest
class SeminarMailAndAbuseTest {

    @Autowired
    SeminarFixtures fixtures;
    @Autowired
    SeminarRegistrationService registrations;
    @Autowired
    MovableClock clock;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anotherAddressGetsOnlyAConfirmationLinkUntilItsOwnerConfirms() throws Exception {
        long id = fixtures.published(fixtures.form("주소 확인 " + System.nanoTime(), 10, 5));
        String user = "confirm-" + System.nanoTime();
        String other = "other-" + System.nanoTime() + "@test.example";
        TestUsers.signIn(user, "attendee");
        RegistrationForm form = SeminarFixtures.registrationOf(user);
        form.setEmail(other);

        RegistrationResult result = registrations.register(id, form);

        assertThat(result.emailConfirmationPending()).isTrue();
        assertThat(registrations.mineFor(id)).isEmpty();
        MimeMessage mail = TestStack.get().mail().awaitMailTo(other);
        assertThat(mail.getSubject()).contains("이메일 주소를 확인해 주세요");
        String link = MailServer.linkIn(mail, "/seminars/confirm-email/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(TestStack.get().mail().mailsTo(other)).hasSize(1);

        // someone else holding the link cannot use it
        TestUsers.signIn("intruder-" + System.nanoTime(), "attendee");
        assertRefused(() -> registrations.confirmEmail(token), "seminar.confirmEmail.error.invalid");

        TestUsers.signIn(user, "attendee");
        assertThat(registrations.confirmEmail(token).confirmed()).isTrue();
        MyRegistration mine = registrations.mineFor(id).orElseThrow();
        assertThat(mine.email()).isEqualTo(other);
        assertThat(MailServer.text(awaitSecondMail(other))).contains(mine.ticketCode());
        assertRefused(() -> registrations.confirmEmail(token), "seminar.confirmEmail.error.invalid");
    }

    @Test
    void theAccountsOwnVerifiedAddressNeedsNoLink() throws Exception {
        long id = fixtures.published(fixtures.form("본인 주소 " + System.nanoTime(), 10, 5));
        String user = "own-" + System.nanoTime();
        TestUsers.signIn(user, "attendee");
        RegistrationForm form = SeminarFixtures.registrationOf(user);
        form.setEmail(user.toUpperCase() + "@TEST.EXAMPLE");
        assertThat(registrations.register(id, form).confirmed()).isTrue();
        assertThat(TestStack.get().mail().awaitMailTo(user + "@test.example").getSubject()).contains("확정");
    }

    @Test
    void anAccountRegistersOrCancelsAtMostFiveTimesAnHour() {
        String user = "busy-" + System.nanoTime();
        long first = fixtures.published(fixtures.form("빈도 제한 1 " + System.nanoTime(), 10, 5));
        long second = fixtures.published(fixtures.form("빈도 제한 2 " + System.nanoTime(), 10, 5));
        long third = fixtures.published(fixtures.form("빈도 제한 3 " + System.nanoTime(), 10, 5));
        TestUsers.signIn(user, "attendee");
        long a = registrations.register(first, SeminarFixtures.registrationOf(user)).registrationId();
        registrations.cancel(a);
        long b = registrations.register(first, SeminarFixtures.registrationOf(user)).registrationId();
        registrations.cancel(b);
        long c = registrations.register(second, SeminarFixtures.registrationOf(user)).registrationId();

        assertRefused(() -> registrations.register(third, SeminarFixtures.registrationOf(user)),
                "seminar.error.rateLimited");
        assertRefused(() -> registrations.cancel(c), "seminar.error.rateLimited");
        assertThat(registrations.mineFor(third)).isEmpty();
        assertThat(registrations.mineFor(second)).isPresent();

        // another account is not affected; the same one may go on an hour later
        TestUsers.signIn(user + "-colleague", "attendee");
        assertThat(registrations.register(third, SeminarFixtures.registrationOf(user + "-colleague")).confirmed())
                .isTrue();
        clock.moveBy(Duration.ofMinutes(61));
        TestUsers.signIn(user, "attendee");
        assertThat(registrations.register(third, SeminarFixtures.registrationOf(user)).confirmed()).isTrue();
    }

    private static MimeMessage awaitSecondMail(String address) {
        var mailbox = TestStack.get().mail().greenMail();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (TestStack.get().mail().mailsTo(address).size() < 2) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0 || !mailbox.waitForIncomingEmail(left, mailbox.getReceivedMessages().length + 1)) {
                throw new AssertionError("No second mail to " + address);
            }
        }
        return TestStack.get().mail().mailsTo(address).get(1);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
