package kr.innocluster.portal.program;

import java.util.List;

/** One reviewer's review of an application, for officials only. */
public record ReviewerScore(String reviewerName, boolean submitted, double weightedTotal, List<ScoreLine> lines,
                            String overallComment) {
}
