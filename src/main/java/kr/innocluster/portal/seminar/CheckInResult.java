package kr.innocluster.portal.seminar;

import java.time.Instant;

/** Who was just checked in (or was already), for the door staff's confirmation line. */
public record CheckInResult(long registrationId, String name, String organisation, String ticketCode,
                            boolean alreadyCheckedIn, Instant checkedInAt) {
}
