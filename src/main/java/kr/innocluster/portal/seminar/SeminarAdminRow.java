package kr.innocluster.portal.seminar;

import java.time.Instant;

/** A seminar in the officials' list, with its live counts. */
public record SeminarAdminRow(long id, String title, String venue, Instant startsAt, SeminarStatus status, int capacity,
                              int confirmed, long waitlisted) {
}
