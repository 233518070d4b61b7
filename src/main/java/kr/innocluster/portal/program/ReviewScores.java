package kr.innocluster.portal.program;

import java.util.Comparator;
import java.util.List;
import kr.innocluster.portal.program.domain.ReviewAssignment;
import kr.innocluster.portal.program.domain.ReviewScore;
import kr.innocluster.portal.program.domain.RubricItem;

/** Review sheets as score lines and weighted totals. */
final class ReviewScores {

    private ReviewScores() {
    }

    static List<ScoreLine> lines(List<RubricItem> rubric, ReviewAssignment assignment) {
        return rubric.stream().sorted(Comparator.comparingInt(RubricItem::getPosition)).map(item -> {
            ReviewScore score = assignment.getScores().stream()
                    .filter(s -> s.getRubricItem().getId().equals(item.getId())).findFirst().orElse(null);
            return new ScoreLine(item.getId(), item.getName(), item.getWeight(),
                    score == null ? null : score.getScore(), score == null ? null : score.getComment());
        }).toList();
    }

    /** The reviews of one application (conflicts left out), each with the reviewer's name: for officials. */
    static List<ReviewerScore> of(List<ReviewAssignment> assignments, long applicationId, List<RubricItem> rubric) {
        return assignments.stream()
                .filter(a -> a.getApplication().getId() == applicationId && !ReviewAssignment.CONFLICT.equals(a.getStatus()))
                .map(a -> {
                    List<ScoreLine> lines = lines(rubric, a);
                    return new ReviewerScore(a.getReviewer().getDisplayName(), !a.isOpen(), WeightedScore.of(lines),
                            lines, a.getOverallComment(), a.isOpen() && a.isReviewerWithdrawn());
                }).toList();
    }
}
