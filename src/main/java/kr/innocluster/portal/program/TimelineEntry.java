package kr.innocluster.portal.program;

import java.time.Instant;

/** A step of an application's timeline as its company sees it (never who did it). */
public record TimelineEntry(AuditAction action, Instant at, String detail) {
}
