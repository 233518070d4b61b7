package kr.innocluster.portal.program;

import java.util.List;

/** An application on the ranking: average weighted score of submitted reviews and each reviewer's scores. */
public record RankedApplication(int rank, ApplicationSummary application, Double averageScore, boolean passed,
                                List<ReviewerScore> reviews) {
}
