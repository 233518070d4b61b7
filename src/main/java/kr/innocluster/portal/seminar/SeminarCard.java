package kr.innocluster.portal.seminar;

import java.time.Instant;

/** A seminar in a list: when, where, and how many seats remain. */
public record SeminarCard(long id, String title, String host, String venue, Instant startsAt, Instant endsAt,
                          int capacity, int remainingSeats, SeminarStatus status, boolean registrationOpen) {
}
