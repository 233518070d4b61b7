package kr.innocluster.portal.pilotfactory;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.pilotfactory.domain.Blackout;
import kr.innocluster.portal.pilotfactory.domain.BlackoutRepository;
import kr.innocluster.portal.pilotfactory.domain.Booking;
import kr.innocluster.portal.pilotfactory.domain.BookingRepository;
import kr.innocluster.portal.pilotfactory.domain.FactoryResource;
import kr.innocluster.portal.pilotfactory.domain.FactoryResourceRepository;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Utilisation of a resource per month for operators and officials, on screen and as an Excel workbook. */
@Service
public class UtilisationService {

    static final int TOP_COMPANIES = 5;

    private final FactoryResourceRepository resources;
    private final BookingRepository bookings;
    private final BlackoutRepository blackouts;
    private final UtilisationWorkbook workbook;
    private final ZoneId zone;

    UtilisationService(FactoryResourceRepository resources, BookingRepository bookings, BlackoutRepository blackouts,
                       UtilisationWorkbook workbook, DisplayZone displayZone) {
        this.resources = resources;
        this.bookings = bookings;
        this.blackouts = blackouts;
        this.workbook = workbook;
        this.zone = displayZone.zoneId();
    }

    /** The month's figures, from one query for bookings and one for blackouts. */
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public UtilisationReport report(long resourceId, YearMonth month) {
        FactoryResource resource = resources.findById(resourceId).orElseThrow(PilotFactoryService::notFound);
        return compute(resource, month, monthBookings(resourceId, month));
    }

    /** The month as an Excel workbook: summary, heat map and every booking. */
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public byte[] excel(long resourceId, YearMonth month) {
        FactoryResource resource = resources.findById(resourceId).orElseThrow(PilotFactoryService::notFound);
        List<Booking> list = monthBookings(resourceId, month);
        UtilisationReport report = compute(resource, month, list);
        return workbook.write(report, list.stream().map(b -> BookingService.toSummary(b, resource.getName())).toList());
    }

    private List<Booking> monthBookings(long resourceId, YearMonth month) {
        TimeRange range = monthRange(month);
        return bookings.findOverlapping(resourceId, range.start(), range.end(), EnumSet.allOf(BookingStatus.class));
    }

    private UtilisationReport compute(FactoryResource resource, YearMonth month, List<Booking> list) {
        TimeRange range = monthRange(month);
        List<TimeRange> blackedOut = blackouts.findOverlapping(resource.getId(), range.start(), range.end()).stream()
                .map(UtilisationService::rangeOf).toList();
        List<TimeRange> open = TimeRange.subtract(OpeningTimes.open(PilotFactoryService.hoursOf(resource),
                month.atDay(1), month.plusMonths(1).atDay(1), zone), blackedOut);

        List<UtilisationReport.DailyUse> days = new ArrayList<>();
        double[][] heat = new double[7][24];
        Map<String, double[]> byCompany = new HashMap<>();
        double booked = 0;
        double requested = 0;
        int approved = 0;
        int checkedIn = 0;
        int noShows = 0;
        int cancelled = 0;
        int rejected = 0;
        for (Booking b : list) {
            double hours = rangeOf(b).overlapMinutes(range) / 60.0;
            switch (b.getStatus()) {
                case APPROVED -> {
                    booked += hours;
                    approved++;
                    byCompany.computeIfAbsent(b.getCompanyName(), k -> new double[2])[0] += hours;
                    byCompany.get(b.getCompanyName())[1]++;
                    addHeat(heat, rangeOf(b), range);
                    if (b.getAttendance() == Attendance.CHECKED_IN) {
                        checkedIn++;
                    } else if (b.getAttendance() == Attendance.NO_SHOW) {
                        noShows++;
                    }
                }
                case REQUESTED -> requested += hours;
                case CANCELLED -> cancelled++;
                case REJECTED -> rejected++;
            }
        }
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            TimeRange dayRange = new TimeRange(day.atStartOfDay(zone).toInstant(),
                    day.plusDays(1).atStartOfDay(zone).toInstant());
            double available = open.stream().mapToLong(o -> o.overlapMinutes(dayRange)).sum() / 60.0;
            double used = list.stream().filter(b -> b.getStatus() == BookingStatus.APPROVED)
                    .mapToLong(b -> rangeOf(b).overlapMinutes(dayRange)).sum() / 60.0;
            days.add(new UtilisationReport.DailyUse(day, available, used));
        }
        double available = open.stream().mapToLong(TimeRange::minutes).sum() / 60.0;
        List<UtilisationReport.CompanyUse> top = byCompany.entrySet().stream()
                .map(e -> new UtilisationReport.CompanyUse(e.getKey(), e.getValue()[0], (int) e.getValue()[1]))
                .sorted(Comparator.comparingDouble(UtilisationReport.CompanyUse::hours).reversed())
                .limit(TOP_COMPANIES).toList();
        return new UtilisationReport(PilotFactoryService.toSummary(resource, false), month, available, booked,
                requested, approved, checkedIn, noShows, cancelled, rejected, top, heat, days);
    }

    /** Spreads a booking's hours over the weekday × hour cells it covers, within the month. */
    private void addHeat(double[][] heat, TimeRange booking, TimeRange month) {
        Instant from = booking.start().isBefore(month.start()) ? month.start() : booking.start();
        Instant to = booking.end().isAfter(month.end()) ? month.end() : booking.end();
        ZonedDateTime cursor = from.atZone(zone).withMinute(0).withSecond(0).withNano(0);
        while (cursor.toInstant().isBefore(to)) {
            ZonedDateTime next = cursor.plusHours(1);
            long minutes = new TimeRange(cursor.toInstant(), next.toInstant()).overlapMinutes(new TimeRange(from, to));
            heat[cursor.getDayOfWeek().getValue() - 1][cursor.getHour()] += minutes / 60.0;
            cursor = next;
        }
    }

    private TimeRange monthRange(YearMonth month) {
        return new TimeRange(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    private static TimeRange rangeOf(Booking b) {
        return new TimeRange(b.getStartsAt(), b.getEndsAt());
    }

    private static TimeRange rangeOf(Blackout b) {
        return new TimeRange(b.getStartsAt(), b.getEndsAt());
    }
}
