package kr.innocluster.portal.pilotfactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A half-open stretch of time [start, end), like PostgreSQL's {@code tstzrange(start, end, '[)')}. */
record TimeRange(Instant start, Instant end) {

    boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    /** Minutes this range shares with another (0 when apart). */
    long overlapMinutes(TimeRange other) {
        Instant from = start.isAfter(other.start) ? start : other.start;
        Instant to = end.isBefore(other.end) ? end : other.end;
        return from.isBefore(to) ? Duration.between(from, to).toMinutes() : 0;
    }

    /** The parts of {@code open} (sorted, disjoint) not covered by any of {@code busy}. */
    static List<TimeRange> subtract(List<TimeRange> open, List<TimeRange> busy) {
        List<TimeRange> sortedBusy = new ArrayList<>(busy);
        sortedBusy.sort(Comparator.comparing(TimeRange::start));
        List<TimeRange> free = new ArrayList<>();
        for (TimeRange window : open) {
            Instant cursor = window.start;
            for (TimeRange taken : sortedBusy) {
                if (!taken.end.isAfter(cursor) || !taken.start.isBefore(window.end)) {
                    continue;
                }
                if (taken.start.isAfter(cursor)) {
                    free.add(new TimeRange(cursor, taken.start));
                }
                if (taken.end.isAfter(cursor)) {
                    cursor = taken.end;
                }
            }
            if (cursor.isBefore(window.end)) {
                free.add(new TimeRange(cursor, window.end));
            }
        }
        return free;
    }
}
