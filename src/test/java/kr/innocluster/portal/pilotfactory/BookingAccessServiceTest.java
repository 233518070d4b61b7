package kr.innocluster.portal.pilotfactory;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanyFixtures;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static kr.innocluster.portal.pilotfactory.PilotFactoryFixtures.at;
import static kr.innocluster.portal.pilotfactory.PilotFactoryFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may see and do what, the operator's decisions with their mails, attendance, reminders and free slots. */
@IntegrationTest
class BookingAccessServiceTest {

    @Autowired
    BookingService bookings;
    @Autowired
    FactoryCalendarService calendars;
    @Autowired
    PilotFactoryService factory;
    @Autowired
    BookingReminders reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PilotFactoryFixtures fixtures;
    @Autowired
    CompanyFixtures companies;

    private final LocalDate monday = PilotFactoryFixtures.futureMonday(10);

    @AfterEach
    void reset() {
        TestUsers.signOut();
    }

    @Test
    void otherCompaniesSeeABookingOnlyAsBookedAndCannotOpenIt() {
        ResourceSummary line = fixtures.resource("열람", d -> { });
        TestUsers.signIn("company", "company");
        long id = bookings.request(request(line, at(monday, 9, 0), at(monday, 12, 0))).bookingIds().getFirst();
        assertThat(calendars.calendar(line.id(), monday, monday.plusDays(7)).entries()).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(CalendarEntry.Kind.REQUESTED);
                    assertThat(e.mine()).isTrue();
                    assertThat(e.bookingId()).isEqualTo(id);
                });

        TestUsers.signIn("company2", "company");
        assertThat(calendars.calendar(line.id(), monday, monday.plusDays(7)).entries()).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(CalendarEntry.Kind.BOOKED);
                    assertThat(e.bookingId()).isNull();
                    assertThat(e.companyName()).isNull();
                    assertThat(e.title()).isNull();
                    assertThat(e.mine()).isFalse();
                });
        assertNotFound(() -> bookings.booking(id));
        assertNotFound(() -> bookings.booking(Long.MAX_VALUE));
        assertNotFound(() -> bookings.cancelMine(id, "남의 예약"));
        assertNotFound(() -> bookings.calendarFile(id));
        assertThat(bookings.myBookings(PageRequest.of(0, 50)).getContent()).extracting(BookingSummary::id)
                .doesNotContain(id);

        TestUsers.signIn("operator", "operator");
        assertThat(calendars.calendar(line.id(), monday, monday.plusDays(7)).entries()).singleElement()
                .satisfies(e -> assertThat(e.companyName()).isEqualTo("한빛정밀 주식회사"));
    }

    @Test
    void rolesAreCheckedAtTheService() {
        ResourceSummary line = fixtures.resource("권한", d -> { });
        TestUsers.signIn("attendee", "attendee");
        assertThatThrownBy(() -> factory.resources()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.request(request(line, at(monday, 9, 0), at(monday, 11, 0))))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn("reviewer", "reviewer");
        assertThatThrownBy(() -> calendars.calendar(line.id(), monday, monday.plusDays(7)))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn("company", "company");
        long id = bookings.request(request(line, at(monday, 9, 0), at(monday, 11, 0))).bookingIds().getFirst();
        assertThatThrownBy(() -> bookings.approve(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> factory.saveResource(null, new ResourceDraft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.search(null, null, false, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn("official", "official");
        bookings.approve(id);
        assertThat(bookings.booking(id).status()).isEqualTo(BookingStatus.APPROVED);
    }

    @Test
    void onlyVerifiedCompaniesMayBook() {
        ResourceSummary line = fixtures.resource("인증", d -> { });
        String pendingUser = "pf-pending-" + System.nanoTime();
        companies.register("심사중 테크 " + System.nanoTime(), pendingUser, false, form -> { });
        TestUsers.signIn(pendingUser, "company");

        assertThatThrownBy(() -> bookings.request(request(line, at(monday, 9, 0), at(monday, 11, 0))))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("company.error.notVerified.PENDING"));
        TestUsers.signIn("pf-no-company-" + System.nanoTime(), "company");
        assertThatThrownBy(() -> bookings.request(request(line, at(monday, 9, 0), at(monday, 11, 0))))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("company.error.noCompany"));
        assertThat(bookings.myBookings(PageRequest.of(0, 10))).isEmpty();
    }


    @Test
    void anApprovalMailsTheRequesterWithACalendarFile() throws Exception {
        ResourceSummary line = fixtures.resource("승인 메일", d -> d.setLocation("1층 A구역"));
        String email = "pf-approve-" + System.nanoTime() + "@hanbit.example";
        org.springframework.security.core.context.SecurityContextHolder.setContext(
                TestUsers.context("company", "최민준", email, "company"));
        long id = bookings.request(request(line, at(monday, 9, 0), at(monday, 12, 0))).bookingIds().getFirst();

        TestUsers.signIn("operator", "operator");
        bookings.approve(id);

        MimeMessage mail = TestStack.get().mail().awaitMailTo(email);
        assertThat(mail.getSubject()).contains("예약 승인").contains(line.name());
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("pilot-factory-booking-" + id + ".ics");
        String ics = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nUID:pf-booking-" + id + "@localhost\r\n")
                .contains("DTSTART:" + utc(at(monday, 9, 0))).contains("DTEND:" + utc(at(monday, 12, 0)))
                .contains("STATUS:CONFIRMED").contains("DTSTAMP:").endsWith("END:VCALENDAR\r\n");
        assertThat(Arrays.stream(ics.split("\r\n")).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max()
                .orElse(0)).isLessThanOrEqualTo(75);
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void rejectingAndCancellingNeedAReasonAndFreeTheSlot() {
        ResourceSummary line = fixtures.resource("반려", d -> { });
        TestUsers.signIn("company", "company");
        long first = bookings.request(request(line, at(monday, 9, 0), at(monday, 12, 0))).bookingIds().getFirst();

        TestUsers.signIn("operator", "operator");
        assertThatThrownBy(() -> bookings.reject(first, " ")).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("pf.error.reasonRequired"));
        bookings.reject(first, "장비 사양과 맞지 않습니다");
        assertThat(bookings.booking(first).decisionReason()).isEqualTo("장비 사양과 맞지 않습니다");
        assertThatThrownBy(() -> bookings.approve(first)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("pf.error.wrongStatus"));

        TestUsers.signIn("company2", "company");
        long second = bookings.request(request(line, at(monday, 9, 0), at(monday, 12, 0))).bookingIds().getFirst();
        TestUsers.signIn("operator", "operator");
        bookings.approve(second);
        bookings.cancel(second, "긴급 설비 고장");
        assertThat(bookings.booking(second).status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void companiesCancelTheirOwnBookingsOnlyBeforeTheLeadTime() {
        ResourceSummary server = fixtures.resource("취소",
                d -> d.setOpeningHours(PilotFactoryFixtures.aroundTheClock()));
        Instant soon = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(3));
        TestUsers.signIn("company", "company");
        long early = bookings.request(request(server, at(monday, 9, 0), at(monday, 11, 0))).bookingIds().getFirst();
        long late = bookings.request(request(server, soon, soon.plus(Duration.ofHours(2)))).bookingIds().getFirst();
        // The operator now asks for a day's notice: the booking three hours ahead can no longer be cancelled online.
        TestUsers.signIn("operator", "operator");
        ResourceDraft stricter = factory.resource(server.id()).toDraft();
        stricter.setLeadHours(24);
        factory.saveResource(server.id(), stricter);

        TestUsers.signIn("company", "company");
        bookings.cancelMine(early, "일정 변경");
        assertThat(bookings.booking(early).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThatThrownBy(() -> bookings.cancelMine(late, null)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("pf.error.cancelTooLate"));
    }

    @Test
    void checkInAndNoShowAreRecordedOnceTheSlotHasStarted() {
        ResourceSummary line = fixtures.resource("입실", d -> { });
        TestUsers.signIn("company", "company");
        long future = bookings.request(request(line, at(monday, 9, 0), at(monday, 11, 0))).bookingIds().getFirst();
        // Yesterday's bookings cannot be requested any more: they are stored as the requests of back then.
        long came = fixtures.approvedYesterday(line.id(), 9);
        long absent = fixtures.approvedYesterday(line.id(), 13);
        TestUsers.signIn("operator", "operator");
        bookings.approve(future);

        assertThatThrownBy(() -> bookings.recordAttendance(future, Attendance.CHECKED_IN))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pf.error.attendanceTooEarly"));
        bookings.recordAttendance(came, Attendance.CHECKED_IN);
        bookings.recordAttendance(absent, Attendance.NO_SHOW);

        assertThat(bookings.booking(came).attendance()).isEqualTo(Attendance.CHECKED_IN);
        assertThat(bookings.booking(absent).attendance()).isEqualTo(Attendance.NO_SHOW);
    }

    @Test
    void theFreeSlotSearchSkipsBookingsBlackoutsAndClosedHoursOnAnyResource() {
        ResourceSummary a = fixtures.resource("검색 A", d -> { });
        ResourceSummary b = fixtures.resource("검색 B", d -> { });
        TestUsers.signIn("company", "company");
        bookings.request(request(a, at(monday, 9, 0), at(monday, 14, 0)));
        bookings.request(request(b, at(monday, 9, 0), at(monday, 12, 0)));
        TestUsers.signIn("operator", "operator");
        factory.addBlackout(b.id(), at(monday, 12, 0), at(monday, 15, 0), "점검");

        TestUsers.signIn("company2", "company");
        Optional<FreeSlot> fourHours = calendars.findFirstFreeSlot(List.of(a.id(), b.id()), monday,
                monday.plusDays(7), 240);
        // A is free 14-18 (4 h) on Monday; B only 15-18.
        assertThat(fourHours).hasValueSatisfying(slot -> {
            assertThat(slot.resourceId()).isEqualTo(a.id());
            assertThat(slot.startsAt()).isEqualTo(at(monday, 14, 0));
            assertThat(slot.endsAt()).isEqualTo(at(monday, 18, 0));
        });
        Optional<FreeSlot> fiveHours = calendars.findFirstFreeSlot(List.of(a.id(), b.id()), monday,
                monday.plusDays(7), 300);
        assertThat(fiveHours).hasValueSatisfying(slot -> assertThat(slot.startsAt()).isEqualTo(at(monday.plusDays(1), 9, 0)));
        assertThat(calendars.findFirstFreeSlot(List.of(a.id()), monday.plusDays(5), monday.plusDays(7), 60)).isEmpty();
    }

    @Test
    void aReminderGoesOutOnceADayBeforeEvenWhenTheJobRunsTwiceAtOnce() throws Exception {
        ResourceSummary line = fixtures.resource("알림", d -> { });
        TestUsers.signIn("company", "company");
        long id = bookings.request(request(line, at(monday, 9, 0), at(monday, 11, 0))).bookingIds().getFirst();
        TestUsers.signIn("operator", "operator");
        bookings.approve(id);
        TestUsers.signOut();

        java.time.Instant dayBefore = at(monday, 9, 0).minus(Duration.ofHours(20));
        assertThat(reminders.queueDueReminders(at(monday, 9, 0).minus(Duration.ofDays(3)))).isZero();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var one = pool.submit(() -> reminders.queueDueReminders(dayBefore));
        var two = pool.submit(() -> reminders.queueDueReminders(dayBefore));
        int queued = one.get() + two.get() + reminders.queueDueReminders(dayBefore);
        pool.shutdown();

        Integer mails = jdbc.queryForObject("select count(*) from outbound_mail where subject like ? ",
                Integer.class, "%내일 실증팩토리 이용 안내: " + line.name() + "%");
        assertThat(mails).isEqualTo(1);
        assertThat(queued).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select reminded_at is not null from pf_booking where id = ?", Boolean.class,
                id)).isTrue();
    }

    private static String utc(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(instant);
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.messageKey()).isEqualTo("pf.error.notFound"));
    }
}
