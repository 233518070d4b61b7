package kr.innocluster.portal.pilotproject;

import java.time.Instant;

/** What the operator logs for the run of one attached booking. */
public record RunLog(long bookingId, Instant startedAt, Instant endedAt, String lineConditions, String deviations) {
}
