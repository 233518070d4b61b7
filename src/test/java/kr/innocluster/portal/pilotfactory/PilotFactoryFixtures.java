package kr.innocluster.portal.pilotfactory;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.pilotfactory.domain.Booking;
import kr.innocluster.portal.pilotfactory.domain.BookingRepository;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.TestUsers;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pilot-factory data for tests: resources with unique names, built through {@link PilotFactoryService} as the demo
 * operator, and far-future dates, so tests never meet each other's or the demo data's bookings. Bookings whose slot
 * has passed (for check-in and no-show) cannot be requested any more and are stored the way the request and the
 * decision of back then left them. Companies come from the demo data (한빛정밀 as {@code company}, 새별로보틱스 as
 * {@code company2}) or from {@link kr.innocluster.portal.company.CompanyFixtures}. The caller's security context is
 * restored after each step.
 */
@TestComponent
public class PilotFactoryFixtures {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final PilotFactoryService factory;
    private final BookingService bookingService;
    private final BookingRepository bookings;
    private final CompanyService companies;
    private final TransactionTemplate transaction;

    PilotFactoryFixtures(PilotFactoryService factory, BookingService bookingService, BookingRepository bookings,
                         CompanyService companies, TransactionTemplate transaction) {
        this.factory = factory;
        this.bookingService = bookingService;
        this.bookings = bookings;
        this.companies = companies;
        this.transaction = transaction;
    }

    /**
     * A new resource saved by the operator: weekdays 09-18, 60-minute slots, 1-8 hours, no lead time and no quota
     * unless {@code tune} says otherwise.
     */
    public ResourceSummary resource(String prefix, Consumer<ResourceDraft> tune) {
        return as("operator", "operator", () -> {
            ResourceDraft draft = new ResourceDraft();
            draft.setName(prefix + " " + System.nanoTime());
            draft.setKind(ResourceKind.LINE);
            draft.setSite("테스트 실증팩토리");
            draft.setSlotMinutes(60);
            draft.setMinMinutes(60);
            draft.setMaxMinutes(480);
            draft.setLeadHours(0);
            tune.accept(draft);
            return factory.saveResource(null, draft);
        });
    }

    /** A request made by the company user {@code username}; returns the id of its (first) booking. */
    public long requested(String username, BookingRequest request) {
        return as(username, "company", () -> bookingService.request(request).bookingIds().getFirst());
    }

    /** An approved two-hour booking of 한빛정밀 (user {@code company}) yesterday from {@code hour}:00. */
    public long approvedYesterday(long resourceId, int hour) {
        CompanySummary company = as("company", "company", () -> companies.myCompany().orElseThrow());
        Instant start = at(LocalDate.now(SEOUL).minusDays(1), hour, 0);
        Booking booking = new Booking(resourceId, company.id(), company.name(), DemoUsers.COMPANY, "최민준",
                "company@hanbit-precision.example", start, start.plus(Duration.ofHours(2)), "지난 실증", "지난 솔루션",
                2, null, start.minus(Duration.ofDays(7)));
        booking.decide(BookingStatus.APPROVED, null, DemoUsers.OPERATOR, start.minus(Duration.ofDays(6)));
        Long id = transaction.execute(status -> bookings.save(booking).getId());
        return id == null ? -1 : id;
    }

    /** Records attendance of a booking as the operator will once its slot has started (also for a future slot). */
    public void attendance(long bookingId, Attendance attendance) {
        transaction.executeWithoutResult(status -> bookings.findById(bookingId).orElseThrow()
                .recordAttendance(attendance, DemoUsers.OPERATOR, Instant.now()));
    }

    /** A Monday some weeks ahead, far beyond every lead time. */
    public static LocalDate futureMonday(int weeksAhead) {
        return LocalDate.now(SEOUL).plusWeeks(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    public static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(SEOUL).toInstant();
    }

    public static List<OpeningHours> aroundTheClock() {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new OpeningHours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        return hours;
    }

    /** A valid single request (two visitors, no repeat). */
    public static BookingRequest request(ResourceSummary resource, Instant start, Instant end) {
        return new BookingRequest(resource.id(), start, end, "비전 검사 정확도 검증", "테스트 솔루션", 2, 1, false);
    }

    private static <T> T as(String username, String role, Supplier<T> step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn(username, role);
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
