package kr.innocluster.portal.program;

import java.util.List;

/**
 * What a reviewer sees of one assignment. {@code companyName} is null under blind review. {@code submitted} makes
 * the sheet read-only.
 */
public record ReviewSheet(long assignmentId, long applicationId, String programTitle, String companyName,
                          String projectTitle, String summary, long requestedAmount, int passThreshold,
                          List<ScoreLine> lines, String overallComment, boolean submitted,
                          List<DocumentInfo> documents) {

    public double weightedTotal() {
        return WeightedScore.of(lines);
    }
}
