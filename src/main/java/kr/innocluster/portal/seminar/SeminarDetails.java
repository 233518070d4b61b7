package kr.innocluster.portal.seminar;

import java.time.Instant;
import java.util.List;

/** Everything the public seminar page shows. */
public record SeminarDetails(long id, String title, String host, String description, String venue, String onlineUrl,
                             Instant startsAt, Instant endsAt, int capacity, int remainingSeats,
                             Instant registrationOpensAt, Instant registrationClosesAt, int retentionDays,
                             SeminarStatus status, boolean registrationOpen, List<SessionInfo> sessions) {

    public boolean full() {
        return remainingSeats == 0;
    }
}
