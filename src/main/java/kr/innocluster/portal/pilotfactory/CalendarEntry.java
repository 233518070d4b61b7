package kr.innocluster.portal.pilotfactory;

import java.time.Instant;

/**
 * One busy stretch of a resource calendar. For a company user, other companies' bookings come as {@link Kind#BOOKED}
 * with no booking id, company or purpose: they learn only that the time is taken.
 */
public record CalendarEntry(Kind kind, Instant startsAt, Instant endsAt, Long bookingId, String companyName,
                            String title, boolean mine) {

    public enum Kind {
        REQUESTED, APPROVED, BOOKED, BLACKOUT
    }
}
