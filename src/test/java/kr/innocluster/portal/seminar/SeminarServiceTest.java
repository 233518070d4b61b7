package kr.innocluster.portal.seminar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.security.TestUsers;
import kr.innocluster.portal.seminar.domain.SeminarRegistration;
import kr.innocluster.portal.seminar.domain.SeminarRegistrationRepository;
import kr.innocluster.portal.seminar.domain.SeminarRepository;
import kr.innocluster.portal.seminar.domain.SurveyResponseRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seminar rules as a user meets them: window, consent, waitlist promotion, access, masking, the purge. Time
 * passes by moving a seminar's dates into the past (the suite shares one Spring context, so the clock stays real);
 * the purge takes the instant it runs at.
 */
@IntegrationTest
class SeminarServiceTest {

    @Autowired
    SeminarService seminars;
    @Autowired
    SeminarRegistrationService registrationService;
    @Autowired
    SeminarAttendanceService attendance;
    @Autowired
    RetentionPurge purge;
    @Autowired
    SeminarRegistrationRepository registrations;
    @Autowired
    SeminarRepository seminarRows;
    @Autowired
    SurveyResponseRepository surveys;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        TestUsers.signOut();
    }

    @Test
    void registrationIsRefusedBeforeTheWindowOpensAndAfterItCloses() {
        SeminarForm form = SeminarTestData.form("기간 테스트 " + System.nanoTime(), 10, Duration.ofDays(10));
        form.setRegistrationOpensAt(form.getStartsAt().minusDays(5));
        long id = SeminarTestData.publish(seminars, form);

        TestUsers.signIn("window-early", "attendee");
        assertRefused(() -> registrationService.register(id, SeminarTestData.registrationOf("window-early")),
                "seminar.register.error.notYetOpen");

        moveIntoPast(id, Duration.ZERO, Duration.ofDays(6));
        assertThat(registrationService.register(id, SeminarTestData.registrationOf("window-early")).confirmed())
                .isTrue();

        moveIntoPast(id, Duration.ofDays(10), Duration.ofDays(10));
        TestUsers.signIn("window-late", "attendee");
        assertRefused(() -> registrationService.register(id, SeminarTestData.registrationOf("window-late")),
                "seminar.register.error.closed");
        TestUsers.signIn("window-early", "attendee");
        long mine = registrationService.mine().stream().filter(r -> r.seminarId() == id).findFirst().orElseThrow().id();
        assertRefused(() -> registrationService.cancel(mine), "seminar.cancel.error.started");
    }

    @Test
    void withoutConsentThereIsNoRegistration() {
        long id = SeminarTestData.publish(seminars, SeminarTestData.form("동의 테스트 " + System.nanoTime(), 10,
                Duration.ofDays(3)));
        TestUsers.signIn("no-consent", "attendee");
        RegistrationForm form = SeminarTestData.registrationOf("no-consent");
        form.setConsent(false);
        form.setPhone("12345");

        assertThatThrownBy(() -> registrationService.register(id, form))
                .isInstanceOfSatisfying(SeminarValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("consent", "seminar.register.error.consent")
                        .containsEntry("phone", "seminar.register.error.phone"));
        assertThat(registrations.findAllOfSeminar(id)).isEmpty();
    }

    @Test
    void aCancellationPromotesTheFirstWaitlistedPersonAndTellsThem() {
        long id = SeminarTestData.publish(seminars, SeminarTestData.form("승격 테스트 " + System.nanoTime(), 1,
                Duration.ofDays(3)));
        TestUsers.signIn("promo-a", "attendee");
        RegistrationResult first = registrationService.register(id, SeminarTestData.registrationOf("promo-a"));
        TestUsers.signIn("promo-b", "attendee");
        RegistrationResult second = registrationService.register(id, SeminarTestData.registrationOf("promo-b"));
        TestUsers.signIn("promo-c", "attendee");
        RegistrationResult third = registrationService.register(id, SeminarTestData.registrationOf("promo-c"));
        assertThat(first.confirmed()).isTrue();
        assertThat(first.ticketCode()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(second.waitlistPosition()).isEqualTo(1);
        assertThat(third.waitlistPosition()).isEqualTo(2);

        TestUsers.signIn("promo-a", "attendee");
        registrationService.cancel(first.registrationId());

        TestUsers.signIn("promo-b", "attendee");
        MyRegistration promoted = registrationService.mineFor(id).orElseThrow();
        assertThat(promoted.confirmed()).isTrue();
        assertThat(promoted.ticketCode()).isNotNull();
        TestUsers.signIn("promo-c", "attendee");
        assertThat(registrationService.mineFor(id).orElseThrow().waitlistPosition()).isEqualTo(1);
        assertThat(seminarRows.findById(id).orElseThrow().getConfirmedCount()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from portal_notice where recipient_subject = ? and title like ?",
                Long.class, TestUsers.subjectOf("promo-b"), "%대기에서 참가 확정%")).isEqualTo(1);
    }

    @Test
    void attendeesSeeOnlyTheirOwnRegistrationsAndManagementIsForOfficials() {
        long id = SeminarTestData.publish(seminars, SeminarTestData.form("접근 테스트 " + System.nanoTime(), 5,
                Duration.ofDays(3)));
        TestUsers.signIn("owner-x", "attendee");
        long registration = registrationService.register(id, SeminarTestData.registrationOf("owner-x"))
                .registrationId();

        TestUsers.signIn("stranger-y", "attendee");
        assertThat(registrationService.mine()).isEmpty();
        assertThatThrownBy(() -> registrationService.cancel(registration)).isInstanceOf(SeminarNotFoundException.class);
        assertThatThrownBy(() -> registrationService.certificate(registration))
                .isInstanceOf(SeminarNotFoundException.class);
        assertThatThrownBy(() -> registrationService.ticketQr(registration + 1_000_000))
                .isInstanceOf(SeminarNotFoundException.class);
        assertThatThrownBy(() -> attendance.attendees(id, "", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seminars.save(SeminarTestData.form("몰래 만들기", 5, Duration.ofDays(3))))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signOut();
        assertThatThrownBy(() -> registrationService.mine()).isInstanceOfAny(AccessDeniedException.class,
                org.springframework.security.core.AuthenticationException.class);
        assertThat(seminars.details(id)).isPresent();
    }

    @Test
    void phoneNumbersAreMaskedForTheAttendeeAndFullForOfficials() {
        long id = SeminarTestData.publish(seminars, SeminarTestData.form("마스킹 테스트 " + System.nanoTime(), 5,
                Duration.ofDays(3)));
        TestUsers.signIn("masked-m", "attendee");
        RegistrationForm form = SeminarTestData.registrationOf("masked-m");
        form.setPhone("01098765432");
        registrationService.register(id, form);

        assertThat(registrationService.mineFor(id).orElseThrow().maskedPhone()).isEqualTo("010-****-5432");
        TestUsers.signIn("official", "official");
        assertThat(attendance.attendees(id, "masked-m", PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(row -> assertThat(row.phone()).isEqualTo("010-9876-5432"));
        assertThat(PhoneNumbers.mask("02-123-4567")).isEqualTo("02-***-4567");
        assertThat(PersonNames.mask("윤지우")).isEqualTo("윤*우");
    }

    @Test
    void checkInCertificateSurveyAndThePurgeThatKeepsOnlyStatistics() {
        long id = SeminarTestData.publish(seminars, SeminarTestData.form("보유기간 테스트 " + System.nanoTime(), 5,
                Duration.ofHours(2)));
        TestUsers.signIn("purge-p", "attendee");
        RegistrationResult mine = registrationService.register(id, SeminarTestData.registrationOf("purge-p"));
        TestUsers.signIn("purge-q", "attendee");
        registrationService.register(id, SeminarTestData.registrationOf("purge-q"));

        TestUsers.signIn("official", "official");
        CheckInResult checkIn = attendance.checkInByCode(id, mine.ticketCode().toLowerCase().replace("-", ""));
        assertThat(checkIn.name()).isEqualTo("purge-p");
        assertThat(attendance.checkInByCode(id, mine.ticketCode()).alreadyCheckedIn()).isTrue();
        assertRefused(() -> attendance.checkInByCode(id, "ZZZZ-ZZZZ"), "seminar.checkin.error.unknownTicket");
        moveIntoPast(id, Duration.ofHours(3), Duration.ofHours(3));
        assertThat(attendance.sendSurvey(id)).isEqualTo(1);

        TestUsers.signIn("purge-q", "attendee");
        long other = registrationService.mineFor(id).orElseThrow().id();
        assertRefused(() -> registrationService.answerSurvey(other, new SurveyAnswer(5, 5, "")),
                "seminar.survey.error.notOpen");
        TestUsers.signIn("purge-p", "attendee");
        assertThat(registrationService.certificate(mine.registrationId())).startsWith("%PDF".getBytes());
        registrationService.answerSurvey(mine.registrationId(), new SurveyAnswer(4, 5, "유익했습니다"));
        String certificate = registrationService.mineFor(id).orElseThrow().certificateCode();
        assertThat(seminars.verifyCertificate(certificate)).get()
                .satisfies(check -> assertThat(check.maskedName()).isEqualTo("p*****p"));

        // 30 days of retention after the end: nothing happens the day before, everything personal goes after
        purge.purgeExpired(Instant.now().plus(Duration.ofDays(29)));
        assertThat(registrations.findAllOfSeminar(id)).allMatch(r -> r.getName() != null);
        assertThat(purge.purgeExpired(Instant.now().plus(Duration.ofDays(31)))).isGreaterThanOrEqualTo(1);

        List<SeminarRegistration> after = registrations.findAllOfSeminar(id);
        assertThat(after).hasSize(2).allSatisfy(r -> {
            assertThat(r.getName()).isNull();
            assertThat(r.getEmail()).isNull();
            assertThat(r.getPhone()).isNull();
            assertThat(r.getOrganisation()).isNull();
            assertThat(r.getAttendeeSubject()).isNull();
            assertThat(r.getAnonymisedAt()).isNotNull();
        });
        TestUsers.signIn("official", "official");
        assertThat(attendance.counts(id).confirmed()).isEqualTo(2);
        assertThat(attendance.counts(id).checkedIn()).isEqualTo(1);
        assertThat(attendance.surveyResults(id).responses()).isEqualTo(1);
        assertThat(seminars.verifyCertificate(certificate)).get()
                .satisfies(check -> assertThat(check.maskedName()).isEmpty());
        assertThat(seminarRows.findById(id).orElseThrow().getPersonalDataPurgedAt()).isNotNull();
    }

    @Test
    void thePurgeJobRunsOnOneNodeOnly() {
        long id = SeminarTestData.publish(seminars, SeminarTestData.form("락 테스트 " + System.nanoTime(), 5,
                Duration.ofHours(1)));
        TestUsers.signIn("lock-l", "attendee");
        registrationService.register(id, SeminarTestData.registrationOf("lock-l"));
        moveIntoPast(id, Duration.ofDays(40), Duration.ofDays(40));
        // another portal node holds the lock right now
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, "
                + "timezone('utc', now()) + interval '10 minutes', timezone('utc', now()), 'portal-node-2') "
                + "on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by",
                RetentionPurge.LOCK_NAME);

        purge.run();
        assertThat(registrations.findAllOfSeminar(id)).allMatch(r -> r.getName() != null);

        // its lock expired: this node runs the purge and holds the lock itself
        expireLock();
        purge.run();
        assertThat(registrations.findAllOfSeminar(id)).allMatch(r -> r.getName() == null);
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class,
                RetentionPurge.LOCK_NAME)).isNotEqualTo("portal-node-2");
        expireLock();
    }

    /** As if time had passed: the seminar (and, separately, its registration opening) moves into the past. */
    private void moveIntoPast(long seminarId, Duration seminar, Duration opening) {
        jdbc.update("update seminar set starts_at = starts_at - ?::interval, ends_at = ends_at - ?::interval, "
                + "registration_closes_at = registration_closes_at - ?::interval, "
                + "registration_opens_at = registration_opens_at - ?::interval where id = ?",
                seconds(seminar), seconds(seminar), seconds(seminar), seconds(opening), seminarId);
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " seconds";
    }

    private void expireLock() {
        jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = ?",
                RetentionPurge.LOCK_NAME);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SeminarRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

}
