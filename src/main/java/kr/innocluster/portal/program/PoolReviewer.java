package kr.innocluster.portal.program;

import java.time.Instant;
import java.util.List;

/** A reviewer of the pool as officials see it; {@code openAssignments} counts unsubmitted reviews. */
public record PoolReviewer(String subject, String displayName, String email, String affiliation,
                           List<String> sections, String keywords, ReviewerStatus status, Instant invitedAt,
                           long openAssignments) {
}
