package kr.innocluster.portal.pilotfactory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a calendar of one resource shows for [from, to): its busy stretches, and the earliest start a new request may
 * have (now plus the lead time).
 */
public record ResourceCalendar(ResourceSummary resource, LocalDate from, LocalDate to, List<CalendarEntry> entries,
                               Instant earliestStart) {
}
