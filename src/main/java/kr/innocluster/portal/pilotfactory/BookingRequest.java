package kr.innocluster.portal.pilotfactory;

import java.time.Instant;

/**
 * A company's request for time on one resource. {@code weeks} > 1 repeats it weekly (same weekday and time) for that
 * many weeks; {@code skipConflicts} books the occurrences that pass and leaves out the others.
 */
public record BookingRequest(long resourceId, Instant startsAt, Instant endsAt, String purpose, String solution,
                             int visitors, int weeks, boolean skipConflicts) {

    public BookingRequest withSkipConflicts(boolean skip) {
        return new BookingRequest(resourceId, startsAt, endsAt, purpose, solution, visitors, weeks, skip);
    }
}
