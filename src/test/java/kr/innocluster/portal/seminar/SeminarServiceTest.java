package kr.innocluster.portal.seminar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.account.AccountService;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.localstack.TestStack;
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
 * The seminar rules as a user meets them: window, consent, waitlist promotion, access, masking, the purge, one-step
 * save-and-publish, mails in each registrant's language. Time passes by moving the portal's clock (reset after each
 * test); the purge also takes the instant it runs at.
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
    @Autowired
    SeminarFixtures fixtures;
    @Autowired
    MovableClock clock;
    @Autowired
    AccountService accounts;

    @AfterEach
    void reset() {
        TestUsers.signOut();
    }

    @Test
    void registrationIsRefusedBeforeTheWindowOpensAndAfterItCloses() {
        SeminarForm form = fixtures.form("기간 테스트 " + System.nanoTime(), 10, 10);
        form.setRegistrationOpensAt(form.getStartsAt().minusDays(5));
        long id = fixtures.published(form);
        Instant start = fixtures.startOf(id);

        TestUsers.signIn("window-early", "attendee");
        assertRefused(() -> registrationService.register(id, SeminarFixtures.registrationOf("window-early")),
                "seminar.register.error.notYetOpen");

        clock.moveTo(start.minus(Duration.ofDays(4)));
        assertThat(registrationService.register(id, SeminarFixtures.registrationOf("window-early")).confirmed())
                .isTrue();

        clock.moveTo(start.plus(Duration.ofHours(1)));
        TestUsers.signIn("window-late", "attendee");
        assertRefused(() -> registrationService.register(id, SeminarFixtures.registrationOf("window-late")),
                "seminar.register.error.closed");
        TestUsers.signIn("window-early", "attendee");
        long mine = registrationService.mine().stream().filter(r -> r.seminarId() == id).findFirst().orElseThrow().id();
        assertRefused(() -> registrationService.cancel(mine), "seminar.cancel.error.started");
    }

    @Test
    void withoutConsentThereIsNoRegistration() {
        long id = fixtures.published(fixtures.form("동의 테스트 " + System.nanoTime(), 10, 3));
        TestUsers.signIn("no-consent", "attendee");
        RegistrationForm form = SeminarFixtures.registrationOf("no-consent");
        form.setConsent(false);
        form.setPhone("12345");

        assertThatThrownBy(() -> registrationService.register(id, form))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.fieldErrorKeys())
                        .containsEntry("consent", "seminar.register.error.consent")
                        .containsEntry("phone", "seminar.register.error.phone"));
        assertThat(registrations.findAllOfSeminar(id)).isEmpty();
    }

    @Test
    void aCancellationPromotesTheFirstWaitlistedPersonAndTellsThem() {
        long id = fixtures.published(fixtures.form("승격 테스트 " + System.nanoTime(), 1, 3));
        RegistrationResult first = fixtures.register(id, "promo-a");
        RegistrationResult second = fixtures.register(id, "promo-b");
        RegistrationResult third = fixtures.register(id, "promo-c");
        assertThat(first.confirmed()).isTrue();
        assertThat(first.ticketCode()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(second.waitlistPosition()).isEqualTo(1);
        assertThat(third.waitlistPosition()).isEqualTo(2);
        // "my seminars" reads every card's position in one statement: the same figures
        TestUsers.signIn("promo-c", "attendee");
        assertThat(registrationService.mine()).filteredOn(r -> r.seminarId() == id)
                .extracting(MyRegistration::waitlistPosition).containsExactly(2);
        TestUsers.signIn("promo-a", "attendee");
        MyRegistration ticket = registrationService.mine().stream().filter(r -> r.seminarId() == id).findFirst()
                .orElseThrow();
        assertThat(ticket.waitlistPosition()).isNull();
        assertThat(ticket.ticketQrPng()).as("the card draws the same QR code the ticket service serves")
                .isEqualTo(registrationService.ticketQr(first.registrationId()));

        registrationService.cancel(first.registrationId());

        TestUsers.signIn("promo-b", "attendee");
        MyRegistration promoted = registrationService.mineFor(id).orElseThrow();
        assertThat(promoted.confirmed()).isTrue();
        assertThat(promoted.ticketCode()).isNotNull();
        TestUsers.signIn("promo-c", "attendee");
        assertThat(registrationService.mineFor(id).orElseThrow().waitlistPosition()).isEqualTo(1);
        assertThat(registrationService.mine()).filteredOn(r -> r.seminarId() == id)
                .extracting(MyRegistration::waitlistPosition).containsExactly(1);
        assertThat(seminarRows.findById(id).orElseThrow().getConfirmedCount()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from portal_notice where recipient_subject = ? and title like ?",
                Long.class, TestUsers.subjectOf("promo-b"), "%대기에서 참가 확정%")).isEqualTo(1);
    }

    @Test
    void attendeesSeeOnlyTheirOwnRegistrationsAndManagementIsForOfficials() {
        long id = fixtures.published(fixtures.form("접근 테스트 " + System.nanoTime(), 5, 3));
        long registration = fixtures.register(id, "owner-x").registrationId();

        TestUsers.signIn("stranger-y", "attendee");
        assertThat(registrationService.mine()).isEmpty();
        assertThatThrownBy(() -> registrationService.cancel(registration)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registrationService.certificate(registration)).isInstanceOf(NotFoundException.class);
        // someone else's registration and a missing one are refused with the same words
        assertThatThrownBy(() -> registrationService.ticketQr(registration + 1_000_000))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("seminar.error.notFound"));
        assertThatThrownBy(() -> registrationService.ticketQr(registration))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("seminar.error.notFound"));
        assertThatThrownBy(() -> attendance.attendees(id, "", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seminars.save(fixtures.form("몰래 만들기", 5, 3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seminars.saveAndPublish(fixtures.form("몰래 공개하기", 5, 3)))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signOut();
        assertThatThrownBy(() -> registrationService.mine()).isInstanceOfAny(AccessDeniedException.class,
                org.springframework.security.core.AuthenticationException.class);
        assertThat(seminars.details(id)).isPresent();
        assertThat(seminars.upcoming(100)).anyMatch(card -> card.id() == id);
    }

    @Test
    void phoneNumbersAreMaskedForTheAttendeeAndFullForOfficials() {
        long id = fixtures.published(fixtures.form("마스킹 테스트 " + System.nanoTime(), 5, 3));
        TestUsers.signIn("masked-m", "attendee");
        RegistrationForm form = SeminarFixtures.registrationOf("masked-m");
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
        long id = fixtures.published(fixtures.form("보유기간 테스트 " + System.nanoTime(), 5, 1));
        clock.moveTo(fixtures.startOf(id).minus(Duration.ofHours(2)));
        RegistrationResult mine = fixtures.register(id, "purge-p");
        fixtures.register(id, "purge-q");

        TestUsers.signIn("official", "official");
        CheckInResult checkIn = attendance.checkInByCode(id, mine.ticketCode().toLowerCase().replace("-", ""));
        assertThat(checkIn.name()).isEqualTo("purge-p");
        assertThat(attendance.checkInByCode(id, mine.ticketCode()).alreadyCheckedIn()).isTrue();
        assertRefused(() -> attendance.checkInByCode(id, "ZZZZ-ZZZZ"), "seminar.checkin.error.unknownTicket");
        clock.moveBy(Duration.ofHours(3));
        assertThat(attendance.sendSurvey(id)).isEqualTo(1);

        TestUsers.signIn("purge-q", "attendee");
        long other = registrationService.mineFor(id).orElseThrow().id();
        assertRefused(() -> registrationService.answerSurvey(other, new SurveyAnswer(5, 5, "")),
                "seminar.survey.error.notOpen");
        assertThat(registrationService.mine()).filteredOn(r -> r.seminarId() == id)
                .extracting(MyRegistration::surveyOpen).as("not checked in: no survey").containsExactly(false);
        TestUsers.signIn("purge-p", "attendee");
        assertThat(registrationService.certificate(mine.registrationId())).startsWith("%PDF".getBytes());
        assertThat(registrationService.mine()).filteredOn(r -> r.seminarId() == id)
                .extracting(MyRegistration::surveyOpen).containsExactly(true);
        registrationService.answerSurvey(mine.registrationId(), new SurveyAnswer(4, 5, "유익했습니다"));
        assertThat(registrationService.mine()).filteredOn(r -> r.seminarId() == id)
                .extracting(MyRegistration::surveyOpen).as("answered: closed").containsExactly(false);
        String certificate = registrationService.mineFor(id).orElseThrow().certificateCode();
        assertThat(seminars.verifyCertificate(certificate)).get()
                .satisfies(check -> assertThat(check.maskedName()).isEqualTo("p*****p"));

        // 30 days of retention after the end: nothing happens the day before, everything personal goes after
        purge.purgeExpired(clock.instant().plus(Duration.ofDays(29)));
        assertThat(registrations.findAllOfSeminar(id)).allMatch(r -> r.getName() != null);
        assertThat(purge.purgeExpired(clock.instant().plus(Duration.ofDays(31)))).isGreaterThanOrEqualTo(1);

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
        long id = fixtures.published(fixtures.form("락 테스트 " + System.nanoTime(), 5, 1));
        fixtures.register(id, "lock-l");
        // the seminar ended 40 days ago: its 30 days of retention are over
        clock.moveTo(fixtures.startOf(id).plus(Duration.ofDays(40)));
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

    @Test
    void saveAndPublishIsOneActionAndARefusedPublishSavesNothing() {
        TestUsers.signIn("official", "official");
        String title = "한 번에 공개 " + System.nanoTime();
        long id = seminars.saveAndPublish(fixtures.form(title, 20, 5));
        assertThat(seminars.details(id).orElseThrow().status()).isEqualTo(SeminarStatus.PUBLISHED);

        // an official still holds the copy of the published seminar and presses "save and publish" again
        SeminarForm copy = seminars.form(id);
        assertThat(copy.getStatus()).isEqualTo(SeminarStatus.PUBLISHED);
        long version = copy.getVersion();
        copy.setTitle(title + " (고침)");
        copy.setCapacity(40);
        assertRefused(() -> seminars.saveAndPublish(copy), "seminar.error.notDraft");

        SeminarForm stored = seminars.form(id);
        assertThat(stored.getTitle()).isEqualTo(title);
        assertThat(stored.getCapacity()).isEqualTo(20);
        assertThat(stored.getVersion()).isEqualTo(version);

        // a new seminar whose form is refused leaves no draft behind either
        SeminarForm invalid = fixtures.form("저장되면 안 되는 세미나 " + System.nanoTime(), 20, 5);
        invalid.setCapacity(0);
        assertThatThrownBy(() -> seminars.saveAndPublish(invalid)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.fieldErrorKeys()).containsEntry("capacity", "seminar.form.error.capacity"));
        assertThat(seminarRows.findFirstByTitle(invalid.getTitle())).isEmpty();

        // a draft is published in the same step as its last edits
        long draft = fixtures.draft(fixtures.form("초안 " + System.nanoTime(), 20, 5));
        SeminarForm edited = seminars.form(draft);
        edited.setVenue("대구테크노파크 성서캠퍼스");
        seminars.saveAndPublish(edited);
        assertThat(seminars.details(draft).orElseThrow()).satisfies(details -> {
            assertThat(details.status()).isEqualTo(SeminarStatus.PUBLISHED);
            assertThat(details.venue()).isEqualTo("대구테크노파크 성서캠퍼스");
        });
        // the copy it was made from is now out of date: someone (here: the same official) got there first
        assertThatThrownBy(() -> seminars.save(edited)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("seminar.error.stale"));
    }

    @Test
    void mailsAreInTheLanguageEachRegistrantChoseWhoeverTriggersThem() throws Exception {
        long id = fixtures.published(fixtures.form("언어 테스트 " + System.nanoTime(), 1, 3));
        TestUsers.signIn("lang-en", "attendee");
        accounts.rememberCurrentUserLanguage(Locale.ENGLISH);

        fixtures.register(id, "lang-ko");
        RegistrationResult waiting = fixtures.register(id, "lang-en");
        assertThat(waiting.confirmed()).isFalse();
        assertThat(TestStack.get().mail().awaitMailTo(SeminarFixtures.emailOf("lang-ko")).getSubject())
                .contains("참가 신청이 확정되었습니다");
        assertThat(TestStack.get().mail().awaitMailTo(SeminarFixtures.emailOf("lang-en")).getSubject())
                .startsWith("[InnoCluster] You are on the waitlist for");

        // the Korean attendee's cancellation promotes the English one: told in English
        TestUsers.signIn("lang-ko", "attendee");
        registrationService.cancel(registrationService.mineFor(id).orElseThrow().id());
        assertThat(noticeTitles("lang-en")).anyMatch(title -> title.contains("is now confirmed"));

        // the official cancels the seminar: the English attendee is told in English too
        TestUsers.signIn("official", "official");
        seminars.cancel(id);
        assertThat(noticeTitles("lang-en")).anyMatch(title -> title.startsWith("[InnoCluster] The seminar")
                && title.endsWith("is cancelled"));
    }

    private List<String> noticeTitles(String username) {
        return jdbc.queryForList("select title from portal_notice where recipient_subject = ? order by id", String.class,
                TestUsers.subjectOf(username));
    }

    private void expireLock() {
        jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = ?",
                RetentionPurge.LOCK_NAME);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

}
