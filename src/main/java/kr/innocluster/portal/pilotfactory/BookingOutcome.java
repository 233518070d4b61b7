package kr.innocluster.portal.pilotfactory;

import java.util.List;

/** What a request saved: the new booking ids, and the occurrences left out because they broke a rule. */
public record BookingOutcome(List<Long> bookingIds, List<Occurrence> skipped) {

    public BookingOutcome {
        bookingIds = List.copyOf(bookingIds);
        skipped = List.copyOf(skipped);
    }
}
