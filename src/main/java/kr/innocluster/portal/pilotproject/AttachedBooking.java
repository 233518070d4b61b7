package kr.innocluster.portal.pilotproject;

import java.time.Instant;
import kr.innocluster.portal.pilotfactory.BookingStatus;

/** A booking serving a project, with its live status (as the pilot factory tells it) and whether its run is logged. */
public record AttachedBooking(long bookingId, String resourceName, Instant startsAt, Instant endsAt,
                              BookingStatus status, boolean runLogged) {
}
