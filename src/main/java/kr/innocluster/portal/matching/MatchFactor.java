package kr.innocluster.portal.matching;

/** The factors of the ranking rule ({@link SolutionRanking}); words {@code matching.reason.<NAME>}. */
public enum MatchFactor {
    SAME_SECTION, WEAK_AREA, STATED_NEED, BUDGET_FIT, COMPLETED_PROJECTS, PILOT_VERIFIED, RATING, YEARS_IN_BUSINESS
}
