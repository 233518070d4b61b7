package kr.innocluster.portal.pilotfactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.pilotfactory.domain.BlackoutRepository;
import kr.innocluster.portal.pilotfactory.domain.Booking;
import kr.innocluster.portal.pilotfactory.domain.BookingRepository;
import kr.innocluster.portal.pilotfactory.domain.FactoryResource;
import org.springframework.stereotype.Component;

/**
 * The booking rules a service can check before the database has its say: request fields, slot granularity, length,
 * opening hours, lead time, blackouts, overlaps and the monthly quota of a company.
 */
@Component
class BookingRules {

    static final Set<BookingStatus> LIVE = Set.of(BookingStatus.REQUESTED, BookingStatus.APPROVED);
    static final int MAX_WEEKS = 12;
    static final String SLOT_BOOKED = "pf.error.slotBooked";

    private final BookingRepository bookings;
    private final BlackoutRepository blackouts;
    private final GrantEligibility grantEligibility;
    private final Clock clock;
    private final ZoneId zone;

    BookingRules(BookingRepository bookings, BlackoutRepository blackouts, GrantEligibility grantEligibility,
                 Clock clock, DisplayZone displayZone) {
        this.bookings = bookings;
        this.blackouts = blackouts;
        this.grantEligibility = grantEligibility;
        this.clock = clock;
        this.zone = displayZone.zoneId();
    }

    /** Field rules of the request form; throws the first broken one. */
    void checkFields(BookingRequest request) {
        if (request.startsAt() == null || request.endsAt() == null) {
            throw RuleException.onField("startsAt", "pf.error.timeRequired");
        }
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw RuleException.onField("endsAt", "pf.error.endBeforeStart");
        }
        if (blank(request.purpose()) || request.purpose().length() > 1000) {
            throw RuleException.onField("purpose", "pf.error.purpose");
        }
        if (blank(request.solution()) || request.solution().length() > 300) {
            throw RuleException.onField("solution", "pf.error.solution");
        }
        if (request.visitors() < 1 || request.visitors() > 50) {
            throw RuleException.onField("visitors", "pf.error.visitors");
        }
        if (request.weeks() < 1 || request.weeks() > MAX_WEEKS) {
            throw RuleException.onField("weeks", "pf.error.weeks", MAX_WEEKS);
        }
    }

    /** Resources reserved for grant recipients take requests only from companies with an approved application. */
    void checkEligibility(FactoryResource resource, BookingCompany company) {
        if (resource.isRequiresApprovedApplication() && !grantEligibility.hasApprovedApplication(company.id())) {
            throw RuleException.onField("resourceId", "pf.error.needsApplication");
        }
    }

    /** The weekly occurrences of a request: the same local weekday and time, {@code weeks} times. */
    List<TimeRange> occurrences(BookingRequest request) {
        List<TimeRange> result = new ArrayList<>();
        for (int week = 0; week < request.weeks(); week++) {
            result.add(new TimeRange(request.startsAt().atZone(zone).plusWeeks(week).toInstant(),
                    request.endsAt().atZone(zone).plusWeeks(week).toInstant()));
        }
        return result;
    }

    /**
     * Checks each occurrence in order. The quota counts what the company already holds plus the earlier occurrences
     * that passed, so the answer matches what saving the passing ones would do.
     */
    List<Occurrence> check(FactoryResource resource, long companyId, List<TimeRange> ranges) {
        Instant earliest = clock.instant().plus(Duration.ofHours(resource.getLeadHours()));
        Map<YearMonth, Long> usedMinutes = new HashMap<>();
        List<Occurrence> result = new ArrayList<>();
        for (TimeRange range : ranges) {
            Occurrence checked = shape(resource, range);
            if (checked == null && range.start().isBefore(earliest)) {
                checked = Occurrence.breaking(range, "startsAt", "pf.error.leadTime", resource.getLeadHours());
            }
            if (checked == null && !blackouts.findOverlapping(resource.getId(), range.start(), range.end()).isEmpty()) {
                checked = Occurrence.breaking(range, "startsAt", "pf.error.blackout");
            }
            if (checked == null && !bookings.findOverlapping(resource.getId(), range.start(), range.end(), LIVE)
                    .isEmpty()) {
                checked = Occurrence.breaking(range, "startsAt", SLOT_BOOKED);
            }
            if (checked == null && resource.getMonthlyQuotaHours() != null) {
                checked = quota(resource, companyId, range, usedMinutes);
            }
            result.add(checked == null ? Occurrence.passing(range) : checked);
        }
        return result;
    }

    /** Granularity, length and opening hours: what the operator configured for the resource; null when it fits. */
    private Occurrence shape(FactoryResource resource, TimeRange range) {
        int slot = resource.getSlotMinutes();
        if (range.start().getEpochSecond() % 60 != 0 || range.end().getEpochSecond() % 60 != 0
                || OpeningTimes.minuteOfDay(range.start(), zone) % slot != 0
                || OpeningTimes.minuteOfDay(range.end(), zone) % slot != 0) {
            return Occurrence.breaking(range, "startsAt", "pf.error.granularity", slot);
        }
        long minutes = range.minutes();
        if (minutes < resource.getMinMinutes() || minutes > resource.getMaxMinutes()) {
            return Occurrence.breaking(range, "endsAt", "pf.error.length", hours(resource.getMinMinutes()),
                    hours(resource.getMaxMinutes()));
        }
        LocalDate firstDay = range.start().atZone(zone).toLocalDate();
        LocalDate lastDay = range.end().atZone(zone).toLocalDate();
        List<TimeRange> open = OpeningTimes.open(PilotFactoryService.hoursOf(resource), firstDay.minusDays(1),
                lastDay.plusDays(1), zone);
        if (open.stream().noneMatch(window -> window.contains(range))) {
            return Occurrence.breaking(range, "startsAt", "pf.error.openingHours");
        }
        return null;
    }

    /** Hours in each calendar month (Asia/Seoul) the range touches count against that month's quota. */
    private Occurrence quota(FactoryResource resource, long companyId, TimeRange range,
                                Map<YearMonth, Long> usedMinutes) {
        long quotaMinutes = resource.getMonthlyQuotaHours() * 60L;
        Map<YearMonth, Long> adding = new HashMap<>();
        for (YearMonth month = YearMonth.from(range.start().atZone(zone));
             !month.isAfter(YearMonth.from(range.end().minusSeconds(1).atZone(zone))); month = month.plusMonths(1)) {
            TimeRange monthRange = monthRange(month);
            long used = usedMinutes.computeIfAbsent(month, m -> heldMinutes(resource.getId(), companyId, monthRange));
            long add = range.overlapMinutes(monthRange);
            if (used + add > quotaMinutes) {
                return Occurrence.breaking(range, "endsAt", "pf.error.quota", resource.getMonthlyQuotaHours(),
                        month.toString(), hours(used));
            }
            adding.put(month, add);
        }
        adding.forEach((month, add) -> usedMinutes.merge(month, add, Long::sum));
        return null;
    }

    boolean blackedOut(Booking booking) {
        return !blackouts.findOverlapping(booking.getResourceId(), booking.getStartsAt(), booking.getEndsAt()).isEmpty();
    }

    TimeRange monthRange(YearMonth month) {
        return new TimeRange(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    private long heldMinutes(long resourceId, long companyId, TimeRange month) {
        long minutes = 0;
        for (Booking booking : bookings.findCompanyOverlapping(resourceId, companyId, month.start(), month.end(),
                LIVE)) {
            minutes += new TimeRange(booking.getStartsAt(), booking.getEndsAt()).overlapMinutes(month);
        }
        return minutes;
    }

    static String hours(long minutes) {
        return minutes % 60 == 0 ? Long.toString(minutes / 60) : String.format("%.1f", minutes / 60.0);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
