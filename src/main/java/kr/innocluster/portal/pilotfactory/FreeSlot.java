package kr.innocluster.portal.pilotfactory;

import java.time.Instant;

/** A free stretch of a resource found by the free-slot search. */
public record FreeSlot(long resourceId, String resourceName, Instant startsAt, Instant endsAt) {
}
