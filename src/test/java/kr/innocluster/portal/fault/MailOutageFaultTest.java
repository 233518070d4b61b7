package kr.innocluster.portal.fault;

import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import kr.innocluster.portal.localstack.FaultStack;
import kr.innocluster.portal.localstack.MailServer;
import kr.innocluster.portal.pilotfactory.BookingService;
import kr.innocluster.portal.pilotfactory.BookingStatus;
import kr.innocluster.portal.pilotfactory.PilotFactoryFixtures;
import kr.innocluster.portal.pilotfactory.ResourceSummary;
import kr.innocluster.portal.security.TestUsers;
import kr.innocluster.portal.seminar.RegistrationResult;
import kr.innocluster.portal.seminar.SeminarFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static kr.innocluster.portal.pilotfactory.PilotFactoryFixtures.at;
import static kr.innocluster.portal.pilotfactory.PilotFactoryFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP server refuses connections: decisions and registrations still succeed, their mails wait in the outbox,
 * and once SMTP is back each goes out exactly once (and keeps one Message-ID across attempts).
 */
class MailOutageFaultTest extends FaultTestBase {

    @Autowired
    SeminarFixtures seminars;
    @Autowired
    PilotFactoryFixtures factory;
    @Autowired
    BookingService bookings;

    @Test
    void whileSmtpRefusesActionsSucceedAndTheirMailsGoOutExactlyOnceAfterwards() throws Exception {
        MailServer mail = faults().stack().mail();
        ResourceSummary line = factory.resource("메일 장애", d -> { });
        LocalDate monday = PilotFactoryFixtures.futureMonday(3);
        String requester = "fault-mail-" + System.nanoTime() + "@hanbit.example";
        SecurityContextHolder.setContext(TestUsers.context("company", "최민준", requester, "company"));
        long bookingId = bookings.request(request(line, at(monday, 9, 0), at(monday, 11, 0))).bookingIds().getFirst();
        long seminar = seminars.published(seminars.form("메일 장애 세미나 " + System.nanoTime(), 30, 20));
        String attendee = "fault-mail-attendee-" + System.nanoTime();

        faults().smtp().cut();
        long cut = System.nanoTime();

        // a decision and a registration succeed while no mail can be sent
        TestUsers.signIn("operator", "operator");
        bookings.approve(bookingId);
        TestUsers.signIn("company", "company");
        assertThat(bookings.myBookings(org.springframework.data.domain.PageRequest.of(0, 50)).getContent())
                .filteredOn(b -> b.id() == bookingId).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(BookingStatus.APPROVED));
        RegistrationResult registered = seminars.register(seminar, attendee);
        assertThat(registered).isNotNull();
        String attendeeAddress = SeminarFixtures.emailOf(attendee);

        // both mails wait in the outbox: tried (the retry runs every second here), failed, not sent
        awaitTrue("both mails tried and failed", Duration.ofSeconds(20),
                () -> failedAttempts(requester) >= 2 && failedAttempts(attendeeAddress) >= 2);
        assertThat(mail.mailsTo(requester)).isEmpty();
        assertThat(mail.mailsTo(attendeeAddress)).isEmpty();
        System.out.printf("[fault] SMTP cut for %d ms: %d and %d attempts failed, nothing lost%n",
                (System.nanoTime() - cut) / 1_000_000, failedAttempts(requester), failedAttempts(attendeeAddress));

        long restored = System.nanoTime();
        faults().smtp().restore();
        MimeMessage decision = mail.awaitMailTo(requester, FaultStack.RECOVERY);
        MimeMessage confirmation = mail.awaitMailTo(attendeeAddress, FaultStack.RECOVERY);
        System.out.printf("[fault] mails out %d ms after SMTP returned%n", (System.nanoTime() - restored) / 1_000_000);
        assertThat(decision.getSubject()).contains("예약 승인");
        assertThat(decision.getMessageID()).matches("<mail-\\d+\\.\\d+@localhost>");

        // several retry rounds later still exactly one of each
        Thread.sleep(4_000);
        assertThat(mail.mailsTo(requester)).hasSize(1);
        assertThat(mail.mailsTo(attendeeAddress)).hasSize(1);
        assertThat(sentRows(requester)).isEqualTo(1);
        assertThat(sentRows(attendeeAddress)).isEqualTo(1);
        assertThat(confirmation.getMessageID()).isNotEqualTo(decision.getMessageID());
    }

    /** Failed attempts of the outbox rows to {@code address} that are not sent yet. */
    private static int failedAttempts(String address) {
        return query("select coalesce(sum(attempts), 0) from outbound_mail where recipient = ? and sent_at is null",
                address);
    }

    private static int sentRows(String address) {
        return query("select count(*) from outbound_mail where recipient = ? and sent_at is not null", address);
    }

    private static int query(String sql, String address) {
        try (Connection connection = DriverManager.getConnection(faults().jdbcUrl());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, address);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
