package kr.innocluster.portal.program;

import java.time.Instant;

/** A reviewer's assignment in their list; the company is null under blind review. */
public record AssignmentSummary(long assignmentId, long applicationId, String programTitle, String companyName,
                                String projectTitle, boolean submitted, Instant assignedAt) {
}
