package kr.innocluster.portal.program;

import java.util.List;

/**
 * One reviewer's review of an application, for officials only; {@code reviewerWithdrawn}: the reviewer was deactivated
 * before submitting (the official reassigns).
 */
public record ReviewerScore(String reviewerName, boolean submitted, double weightedTotal, List<ScoreLine> lines,
                            String overallComment, boolean reviewerWithdrawn) {
}
