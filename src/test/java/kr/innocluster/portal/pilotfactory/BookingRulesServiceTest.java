package kr.innocluster.portal.pilotfactory;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanyFixtures;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static kr.innocluster.portal.pilotfactory.PilotFactoryFixtures.at;
import static kr.innocluster.portal.pilotfactory.PilotFactoryFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each booking rule refuses with its own message, and weekly requests list their conflicts before saving. */
@IntegrationTest
class BookingRulesServiceTest {

    @Autowired
    BookingService bookings;
    @Autowired
    PilotFactoryService factory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PilotFactoryFixtures fixtures;
    @Autowired
    CompanyFixtures companies;

    private final LocalDate monday = PilotFactoryFixtures.futureMonday(8);

    @AfterEach
    void reset() {
        TestUsers.signOut();
    }

    @Test
    void aRequestOutsideTheOpeningHoursIsRefused() {
        ResourceSummary line = fixtures.resource("운영시간", d -> { });
        TestUsers.signIn("company", "company");

        assertRefused(request(line, at(monday, 17, 0), at(monday, 19, 0)), "pf.error.openingHours");
        assertRefused(request(line, at(monday.plusDays(5), 10, 0), at(monday.plusDays(5), 12, 0)),
                "pf.error.openingHours");
        assertThat(bookings.request(request(line, at(monday, 9, 0), at(monday, 11, 0))).bookingIds()).hasSize(1);
    }

    @Test
    void startAndEndMustFallOnTheSlotGrid() {
        ResourceSummary line = fixtures.resource("단위", d -> d.setSlotMinutes(60));
        TestUsers.signIn("company", "company");

        assertRefused(request(line, at(monday, 9, 30), at(monday, 11, 30)), "pf.error.granularity");
    }

    @Test
    void bookingsMustLastBetweenTheMinimumAndTheMaximum() {
        ResourceSummary line = fixtures.resource("길이", d -> {
            d.setMinMinutes(120);
            d.setMaxMinutes(240);
        });
        TestUsers.signIn("company", "company");

        assertRefused(request(line, at(monday, 9, 0), at(monday, 10, 0)), "pf.error.length");
        assertRefused(request(line, at(monday, 9, 0), at(monday, 14, 0)), "pf.error.length");
        assertThat(bookings.request(request(line, at(monday, 9, 0), at(monday, 13, 0))).bookingIds()).hasSize(1);
    }

    @Test
    void requestsMustComeBeforeTheLeadTime() {
        ResourceSummary server = fixtures.resource("마감", d -> {
            d.setOpeningHours(PilotFactoryFixtures.aroundTheClock());
            d.setLeadHours(48);
        });
        Instant nextHour = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(1));
        TestUsers.signIn("company", "company");

        Instant tooSoon = nextHour.plus(Duration.ofHours(24));
        assertRefused(request(server, tooSoon, tooSoon.plus(Duration.ofHours(2))), "pf.error.leadTime");
        Instant inTime = nextHour.plus(Duration.ofHours(50));
        assertThat(bookings.request(request(server, inTime, inTime.plus(Duration.ofHours(2)))).bookingIds())
                .hasSize(1);
    }

    @Test
    void aBlackoutRefusesNewRequestsAndFlagsTheBookingsItHits() {
        ResourceSummary line = fixtures.resource("점검", d -> { });
        TestUsers.signIn("company", "company");
        long existing = bookings.request(request(line, at(monday, 9, 0), at(monday, 11, 0))).bookingIds().getFirst();

        TestUsers.signIn("operator", "operator");
        int flagged = factory.addBlackout(line.id(), at(monday, 10, 0), at(monday, 18, 0), "스핀들 점검");

        assertThat(flagged).isEqualTo(1);
        assertThat(bookings.booking(existing).blackoutConflict()).isTrue();
        assertThat(bookings.search(null, line.id(), true, org.springframework.data.domain.PageRequest.of(0, 10))
                .getContent()).extracting(BookingSummary::id).containsExactly(existing);
        TestUsers.signIn("company", "company");
        assertRefused(request(line, at(monday, 14, 0), at(monday, 16, 0)), "pf.error.blackout");

        TestUsers.signIn("operator", "operator");
        factory.deleteBlackout(factory.blackouts(line.id()).getFirst().id());
        assertThat(bookings.booking(existing).blackoutConflict()).isFalse();
    }

    @Test
    void resourcesForGrantRecipientsAcceptOnlyCompaniesWithAnApprovedApplication() {
        ResourceSummary cell = fixtures.resource("선정기업 전용",
                d -> d.setRequiresApprovedApplication(true));
        String newcomer = "pf-no-grant-" + System.nanoTime();
        companies.verified("미선정 신생기업 " + System.nanoTime(), newcomer);

        TestUsers.signIn(newcomer, "company");
        assertRefused(request(cell, at(monday, 9, 0), at(monday, 11, 0)), "pf.error.needsApplication");

        // 한빛정밀 holds an agreed grant in the demo data (the completed program).
        TestUsers.signIn("company", "company");
        assertThat(bookings.request(request(cell, at(monday, 9, 0), at(monday, 11, 0))).bookingIds()).hasSize(1);
    }


    @Test
    void theMonthlyQuotaCountsTheHoursInEachMonthABookingTouches() {
        ResourceSummary server = fixtures.resource("한도 서버", d -> {
            d.setOpeningHours(PilotFactoryFixtures.aroundTheClock());
            d.setMonthlyQuotaHours(10);
            d.setMaxMinutes(24 * 60);
        });
        LocalDate lastDay = LocalDate.now(PilotFactoryFixtures.SEOUL).plusMonths(3).withDayOfMonth(1).minusDays(1);
        LocalDate firstOfNext = lastDay.plusDays(1);
        TestUsers.signIn("company", "company");

        // 20:00 on the last day to 04:00 on the first: 4 hours in each month.
        bookings.request(request(server, at(lastDay, 20, 0), at(firstOfNext, 4, 0)));

        assertRefused(request(server, at(lastDay.minusDays(3), 8, 0), at(lastDay.minusDays(3), 15, 0)),
                "pf.error.quota");
        assertThat(bookings.request(request(server, at(lastDay.minusDays(3), 8, 0), at(lastDay.minusDays(3), 14, 0)))
                .bookingIds()).hasSize(1);
        assertRefused(request(server, at(firstOfNext.plusDays(2), 8, 0), at(firstOfNext.plusDays(2), 15, 0)),
                "pf.error.quota");
        assertThat(bookings.request(request(server, at(firstOfNext.plusDays(2), 8, 0),
                at(firstOfNext.plusDays(2), 14, 0))).bookingIds()).hasSize(1);

        // Another company has its own quota.
        TestUsers.signIn("company2", "company");
        assertThat(bookings.request(request(server, at(lastDay.minusDays(5), 8, 0), at(lastDay.minusDays(5), 18, 0)))
                .bookingIds()).hasSize(1);
    }

    @Test
    void aWeeklyRequestListsItsConflictsAndSavesAllOrNothingOrSkipsThemWhenAsked() {
        ResourceSummary line = fixtures.resource("반복", d -> { });
        TestUsers.signIn("company2", "company");
        bookings.request(request(line, at(monday.plusWeeks(2), 10, 0), at(monday.plusWeeks(2), 12, 0)));
        TestUsers.signIn("operator", "operator");
        factory.addBlackout(line.id(), at(monday.plusWeeks(3), 0, 0), at(monday.plusWeeks(3), 23, 0), "정기 점검");

        TestUsers.signIn("company", "company");
        BookingRequest weekly = new BookingRequest(line.id(), at(monday, 9, 0), at(monday, 11, 0), "주간 시험",
                "반복 솔루션", 2, 5, false);
        List<Occurrence> preview = bookings.preview(weekly);

        assertThat(preview).hasSize(5);
        assertThat(preview).extracting(o -> o.problem() == null ? null : o.problem().key())
                .containsExactly(null, null, "pf.error.slotBooked", "pf.error.blackout", null);
        assertThatThrownBy(() -> bookings.request(weekly)).isInstanceOfSatisfying(RecurrenceConflictException.class,
                e -> assertThat(e.conflicts()).extracting(Occurrence::startsAt)
                        .containsExactly(at(monday.plusWeeks(2), 9, 0), at(monday.plusWeeks(3), 9, 0)));
        assertThat(liveBookings(line)).isEqualTo(1);

        BookingOutcome outcome = bookings.request(weekly.withSkipConflicts(true));

        assertThat(outcome.bookingIds()).hasSize(3);
        assertThat(outcome.skipped()).hasSize(2);
        assertThat(liveBookings(line)).isEqualTo(4);
        Integer series = jdbc.queryForObject("select count(distinct series_id) from pf_booking where resource_id = ? "
                + "and series_id is not null", Integer.class, line.id());
        assertThat(series).isEqualTo(1);
    }

    @Test
    void anOverlappingSingleRequestHearsTheSlotIsTaken() {
        ResourceSummary line = fixtures.resource("중복", d -> { });
        TestUsers.signIn("company", "company");
        bookings.request(request(line, at(monday, 9, 0), at(monday, 12, 0)));

        TestUsers.signIn("company2", "company");
        assertThatThrownBy(() -> bookings.request(request(line, at(monday, 11, 0), at(monday, 13, 0))))
                .isInstanceOf(SlotTakenException.class);
        // Touching ends do not overlap: [09, 12) and [12, 14).
        assertThat(bookings.request(request(line, at(monday, 12, 0), at(monday, 14, 0))).bookingIds()).hasSize(1);
    }

    @Test
    void formFieldsAreCheckedOnTheServer() {
        ResourceSummary line = fixtures.resource("필드", d -> { });
        TestUsers.signIn("company", "company");
        Instant start = at(monday, 9, 0);
        Instant end = start.plus(Duration.ofHours(2));

        assertRefused(new BookingRequest(line.id(), start, end, " ", "솔루션", 2, 1, false), "pf.error.purpose");
        assertRefused(new BookingRequest(line.id(), start, end, "목적", "", 2, 1, false), "pf.error.solution");
        assertRefused(new BookingRequest(line.id(), start, end, "목적", "솔루션", 0, 1, false), "pf.error.visitors");
        assertRefused(new BookingRequest(line.id(), start, end, "목적", "솔루션", 2, 13, false), "pf.error.weeks");
        assertRefused(new BookingRequest(line.id(), end, start, "목적", "솔루션", 2, 1, false),
                "pf.error.endBeforeStart");
    }

    @Test
    void operatorsKeepResourceSettingsConsistent() {
        TestUsers.signIn("operator", "operator");
        ResourceDraft draft = new ResourceDraft();
        draft.setName("설정 검사 " + System.nanoTime());
        draft.setSite("테스트");
        draft.setSlotMinutes(60);
        draft.setMinMinutes(90);
        assertThatThrownBy(() -> factory.saveResource(null, draft)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.fieldErrorKeys()).containsOnlyKeys("minMinutes"));
        draft.setMinMinutes(60);
        draft.setOpeningHours(List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(9, 0))));
        assertThatThrownBy(() -> factory.saveResource(null, draft)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.fieldErrorKeys()).containsOnlyKeys("openingHours"));

        draft.setOpeningHours(ResourceDraft.weekdays9to18());
        ResourceSummary saved = factory.saveResource(null, draft);
        ResourceDraft first = saved.toDraft();
        ResourceDraft second = saved.toDraft();
        first.setLocation("2층");
        factory.saveResource(saved.id(), first);
        second.setLocation("3층");
        assertThatThrownBy(() -> factory.saveResource(saved.id(), second))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pf.error.stale"));
    }

    private int liveBookings(ResourceSummary resource) {
        Integer count = jdbc.queryForObject("select count(*) from pf_booking where resource_id = ? "
                + "and status in ('REQUESTED', 'APPROVED')", Integer.class, resource.id());
        return count == null ? 0 : count;
    }

    private void assertRefused(BookingRequest request, String messageKey) {
        assertThatThrownBy(() -> bookings.request(request)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
