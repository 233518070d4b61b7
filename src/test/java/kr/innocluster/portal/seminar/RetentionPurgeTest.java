package kr.innocluster.portal.seminar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.localstack.MailServer;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PIPA: when a seminar's retention period ends, nothing personal about its registrations remains anywhere in the
 * portal's database: not in the registrations, not in the mails that told them (recipient, body, attachments), not
 * in their in-portal notices. Checked the blunt way: every text and binary column of every table is searched for
 * the registrants' names, organisations, e-mail addresses and phone numbers. The security log holds account ids
 * only, by design, so it is searched like any other table and must not match either. An account's own address
 * stays with the account (portal_user), which the seminar's retention does not end.
 */
@IntegrationTest
class RetentionPurgeTest {

    @Autowired
    SeminarFixtures fixtures;
    @Autowired
    SeminarRegistrationService registrations;
    @Autowired
    SeminarAttendanceService attendance;
    @Autowired
    RetentionPurge purge;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void afterTheRetentionPeriodNoTableHoldsAnythingPersonalAboutTheRegistrants() {
        long run = System.nanoTime() % 1_000_000;
        long id = fixtures.published(fixtures.form("개인정보 파기 " + run, 1, 2));
        clock.moveTo(fixtures.startOf(id).minus(Duration.ofDays(1)));

        // two people: the first gets the only seat, the second waits, is promoted when the first cancels, attends,
        // gets a certificate and a survey: every kind of mail and notice the seminar sends about a registration. The
        // second registers with another address than their account's, confirmed by a mailed link.
        Registrant first = new Registrant("rp-first-" + run, "파기대상갑" + run, "파기상사갑" + run,
                "rp-first-" + run + "@test.example");
        Registrant second = new Registrant("rp-second-" + run, "파기대상을" + run, "파기상사을" + run,
                "rp-private-" + run + "@mail.example");
        TestUsers.signIn(first.username(), "attendee");
        long firstRegistration = registrations.register(id, first.form()).registrationId();
        TestUsers.signIn(second.username(), "attendee");
        assertThat(registrations.register(id, second.form()).emailConfirmationPending()).isTrue();
        String link = MailServer.linkIn(TestStack.get().mail().awaitMailTo(second.email()), "/confirm-email/");
        assertThat(registrations.confirmEmail(link.substring(link.lastIndexOf('/') + 1)).confirmed()).isFalse();
        TestUsers.signIn(first.username(), "attendee");
        registrations.cancel(firstRegistration);
        TestUsers.signIn(second.username(), "attendee");
        MyRegistration promoted = registrations.mineFor(id).orElseThrow();
        assertThat(promoted.confirmed()).isTrue();

        clock.moveTo(fixtures.startOf(id).plus(Duration.ofMinutes(30)));
        TestUsers.signIn("official", "official");
        attendance.checkInByCode(id, promoted.ticketCode());
        assertThat(attendance.attendees(id, "", PageRequest.of(0, 10)).getContent()).hasSize(2);
        // an official's search by name is logged (security log) without the name
        assertThat(attendance.attendees(id, second.name(), PageRequest.of(0, 10)).getContent()).hasSize(1);
        clock.moveBy(Duration.ofHours(3));
        attendance.issueCertificates(id);
        attendance.sendSurvey(id);
        TestUsers.signIn(second.username(), "attendee");
        registrations.answerSurvey(promoted.id(), new SurveyAnswer(5, 4, "좋은 강연이었습니다"));

        List<String> needles = new ArrayList<>(List.of(first.name(), first.organisation(), first.phone(),
                second.name(), second.organisation(), second.phone(), second.email()));
        String[] subjects = {TestUsers.subjectOf(first.username()), TestUsers.subjectOf(second.username())};
        // before: the data is where the test looks for it (so the search below can fail)
        assertThat(tablesHolding(needles)).contains("seminar_registration.name", "seminar_registration.phone",
                "seminar_email_confirmation.email", "outbound_mail.recipient", "outbound_mail.body");
        assertThat(noticesOf(subjects)).isPositive();

        // the day before the period ends nothing goes; the day after, everything personal goes
        clock.moveTo(fixtures.startOf(id).plus(Duration.ofHours(3)).plus(Duration.ofDays(29)));
        purge.purgeExpired(clock.instant());
        assertThat(tablesHolding(needles)).contains("seminar_registration.name");
        clock.moveTo(fixtures.startOf(id).plus(Duration.ofHours(3)).plus(Duration.ofDays(31)));
        assertThat(purge.purgeExpired(clock.instant())).isGreaterThanOrEqualTo(1);

        assertThat(tablesHolding(needles)).isEmpty();
        assertThat(noticesOf(subjects)).isZero();
        // the first registrant's address is their account's: the account (portal_user) keeps it, nothing else does
        assertThat(tablesHolding(List.of(first.email()))).isSubsetOf("portal_user.email");
        // what may stay stays: the counts and the anonymous survey answer
        TestUsers.signIn("official", "official");
        assertThat(attendance.counts(id).confirmed()).isEqualTo(1);
        assertThat(attendance.surveyResults(id).responses()).isEqualTo(1);
    }

    private int noticesOf(String... subjects) {
        return jdbc.queryForObject("select count(*) from portal_notice where recipient_subject in (?, ?)",
                Integer.class, (Object[]) subjects);
    }

    /** "table.column" of every column of every table in the portal's schema that contains one of the needles. */
    private List<String> tablesHolding(List<String> needles) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select c.table_name, c.column_name, c.data_type from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and c.data_type in ('character varying', 'text', 'character', 'bytea', 'json', 'jsonb')
                  and c.table_name <> 'flyway_schema_history'
                order by c.table_name, c.column_name
                """);
        List<String> hits = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String condition = "bytea".equals(column.get("data_type"))
                    ? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
                    : "\"" + name + "\"::text ilike '%' || ? || '%'";
            for (String needle : needles) {
                Integer count = jdbc.queryForObject(
                        "select count(*) from \"" + table + "\" where " + condition, Integer.class, needle);
                if (count != null && count > 0) {
                    hits.add(table + "." + name);
                    break;
                }
            }
        }
        return hits;
    }

    /** A registrant whose name, organisation and phone number exist nowhere else in the test database. */
    private record Registrant(String username, String name, String organisation, String email, String phone) {

        Registrant(String username, String name, String organisation, String email) {
            this(username, name, organisation, email, "010-" + ThreadLocalRandom.current().nextInt(1000, 10000) + "-"
                    + ThreadLocalRandom.current().nextInt(1000, 10000));
        }

        RegistrationForm form() {
            return new RegistrationForm(name, organisation, email(), phone, true);
        }
    }
}
