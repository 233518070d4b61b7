package kr.innocluster.portal.grant;

import java.time.Instant;
import java.time.LocalDate;

/** A notice or request to change the agreement, and its outcome. */
public record ChangeView(long id, ChangeKind kind, ChangeStatus status, String fromCategory, String toCategory,
                         long grantAmount, long ownAmount, LocalDate newPeriodEnd, String reason, String decision,
                         String requestedBy, Instant requestedAt, String decidedBy) {
}
