package kr.innocluster.portal.matching;

import java.util.List;

/**
 * One factor that counted for a solution's rank, with the points it gave and what to show in words (the arguments of
 * {@code matching.reason.<FACTOR>}; for {@link MatchFactor#WEAK_AREA} the area names, for
 * {@link MatchFactor#STATED_NEED} the category name).
 */
public record MatchReason(MatchFactor factor, int points, List<String> args) {

    public MatchReason {
        args = List.copyOf(args);
    }
}
