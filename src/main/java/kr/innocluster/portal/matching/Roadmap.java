package kr.innocluster.portal.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A company's mentoring record: the roadmap from the current to the target level with milestones (which may name a
 * catalogue solution and a support program), the mentor's visits, and the company's change requests. Removed
 * milestones stay, marked, so nothing is lost from the history.
 */
public record Roadmap(long companyId, Integer currentLevel, Integer targetLevel, String updatedBy, Instant updatedAt,
                      List<Milestone> milestones, List<Visit> visits, List<ChangeRequest> changes) {

    public Roadmap {
        milestones = List.copyOf(milestones);
        visits = List.copyOf(visits);
        changes = List.copyOf(changes);
    }

    public record Milestone(long id, String title, LocalDate dueOn, Long solutionId, String solutionName,
                            Long programId, String programTitle, boolean done, boolean removed) {
    }

    public record Visit(LocalDate visitedOn, String mentorName, String notes) {
    }

    public record ChangeRequest(long id, long companyId, String companyName, ChangeKind kind, Long milestoneId,
                                String reason, ChangeStatus status, Instant requestedAt, String decidedBy,
                                String decisionNote) {
    }

    /** Another mentor, or another solution for a milestone. */
    public enum ChangeKind {
        MENTOR, SOLUTION
    }

    public enum ChangeStatus {
        OPEN, GRANTED, REFUSED
    }
}
