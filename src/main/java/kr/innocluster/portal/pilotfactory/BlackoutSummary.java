package kr.innocluster.portal.pilotfactory;

import java.time.Instant;

/** A maintenance window of a resource. */
public record BlackoutSummary(long id, long resourceId, Instant startsAt, Instant endsAt, String reason) {
}
