package kr.innocluster.portal.diagnosis;

import java.time.Instant;

/** A mentor assigned to a company; {@code endedAt} is set when another mentor took over (history). */
public record MentorAssignment(long id, long companyId, String companyName, String mentorSubject, String mentorName,
                               String assignedBy, Instant assignedAt, Instant endedAt, String endReason) {

    public boolean current() {
        return endedAt == null;
    }
}
