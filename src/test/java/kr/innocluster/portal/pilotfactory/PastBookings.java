package kr.innocluster.portal.pilotfactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.pilotfactory.domain.Booking;
import kr.innocluster.portal.pilotfactory.domain.BookingRepository;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.TestUsers;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bookings as they stand after their slot, for rules that only apply then (check-in, no-show): the service rightly
 * refuses to create a booking in the past, so these are stored the way the requests and decisions of back then left
 * them. Tests share the portal's one application context, so time is not moved with a test clock.
 */
final class PastBookings {

    private final BookingRepository bookings;
    private final CompanyService companies;
    private final TransactionTemplate transaction;

    PastBookings(BookingRepository bookings, CompanyService companies, TransactionTemplate transaction) {
        this.bookings = bookings;
        this.companies = companies;
        this.transaction = transaction;
    }

    /** An approved two-hour booking of 한빛정밀 (user {@code company}) yesterday from {@code hour}:00. */
    long approvedYesterday(long resourceId, int hour) {
        CompanySummary company = hanbit();
        Instant start = PilotFactoryFixtures.at(LocalDate.now(PilotFactoryFixtures.SEOUL).minusDays(1), hour, 0);
        Booking booking = new Booking(resourceId, company.id(), company.name(), DemoUsers.COMPANY, "최민준",
                "company@hanbit-precision.example", start, start.plus(Duration.ofHours(2)), "지난 실증", "지난 솔루션",
                2, null, start.minus(Duration.ofDays(7)));
        booking.decide(BookingStatus.APPROVED, null, DemoUsers.OPERATOR, start.minus(Duration.ofDays(6)));
        Long id = transaction.execute(status -> bookings.save(booking).getId());
        return id == null ? -1 : id;
    }

    /** Records attendance of a booking as the operator will once its slot has started. */
    void attendance(long bookingId, Attendance attendance) {
        transaction.executeWithoutResult(status -> bookings.findById(bookingId).orElseThrow()
                .recordAttendance(attendance, DemoUsers.OPERATOR, Instant.now()));
    }

    private CompanySummary hanbit() {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn("company", "company");
            return companies.myCompany().orElseThrow();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
