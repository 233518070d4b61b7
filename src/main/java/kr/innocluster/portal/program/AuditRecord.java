package kr.innocluster.portal.program;

import java.time.Instant;

/** One line of the audit trail, for officials. */
public record AuditRecord(Instant at, String actorName, AuditAction action, Long applicationId, String detail) {
}
