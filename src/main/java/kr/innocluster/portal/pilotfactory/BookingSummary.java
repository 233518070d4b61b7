package kr.innocluster.portal.pilotfactory;

import java.time.Instant;

/** A booking with everything about it: shown only to its own company and to operators and officials. */
public record BookingSummary(long id, long resourceId, String resourceName, long companyId, String companyName,
                             String requesterName, String requesterEmail, Instant startsAt, Instant endsAt,
                             BookingStatus status, Attendance attendance, String purpose, String solution,
                             int visitors, String decisionReason, boolean blackoutConflict, Instant createdAt,
                             long version) {
}
