package kr.innocluster.portal.pilotfactory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The open time of a resource over a date range: one window per weekday in the portal's zone, a closing time of 00:00
 * meaning midnight at the end of the day. Windows that touch (a resource open around the clock) merge into one
 * stretch, so a booking may run past midnight, and past the end of a month.
 */
final class OpeningTimes {

    private OpeningTimes() {
    }

    static List<TimeRange> open(List<OpeningHours> hours, LocalDate from, LocalDate toExclusive, ZoneId zone) {
        Map<java.time.DayOfWeek, OpeningHours> byDay = new EnumMap<>(java.time.DayOfWeek.class);
        hours.forEach(h -> byDay.put(h.day(), h));
        List<TimeRange> merged = new ArrayList<>();
        for (LocalDate date = from; date.isBefore(toExclusive); date = date.plusDays(1)) {
            OpeningHours window = byDay.get(date.getDayOfWeek());
            if (window == null) {
                continue;
            }
            TimeRange range = new TimeRange(date.atTime(window.opens()).atZone(zone).toInstant(),
                    closing(date, window.closes(), zone).toInstant());
            if (!merged.isEmpty() && merged.getLast().end().equals(range.start())) {
                merged.set(merged.size() - 1, new TimeRange(merged.getLast().start(), range.end()));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    static ZonedDateTime closing(LocalDate date, LocalTime closes, ZoneId zone) {
        return LocalTime.MIDNIGHT.equals(closes) ? date.plusDays(1).atStartOfDay(zone) : date.atTime(closes).atZone(zone);
    }

    /** Minutes since the local midnight of its day: slots are aligned to the granularity from midnight. */
    static int minuteOfDay(java.time.Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return local.getHour() * 60 + local.getMinute();
    }
}
