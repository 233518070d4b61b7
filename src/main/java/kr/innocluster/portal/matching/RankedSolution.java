package kr.innocluster.portal.matching;

import java.util.List;

/** A recommended solution, its score and exactly the reasons (factors) that made up the score. */
public record RankedSolution(int rank, SolutionSummary solution, int score, List<MatchReason> reasons) {

    public RankedSolution {
        reasons = List.copyOf(reasons);
    }
}
