package kr.innocluster.portal.program;

import java.time.Instant;
import java.util.List;

/**
 * One line of the audit trail, for officials. A submission of an ineligible company carries the eligibility reasons
 * recorded then (to be shown in the viewer's language) instead of a free-text detail.
 */
public record AuditRecord(Instant at, String actorName, AuditAction action, Long applicationId, String detail,
                          List<EligibilityReason> eligibilityReasons) {

    public AuditRecord {
        eligibilityReasons = List.copyOf(eligibilityReasons);
    }
}
