package kr.innocluster.portal.program;

import java.util.List;

/** A 1-5 score per item, times the item's weight, on a 0-100 scale: all 5s give 100, all 3s give 60. */
public final class WeightedScore {

    private WeightedScore() {
    }

    public static double of(List<ScoreLine> lines) {
        double total = 0;
        for (ScoreLine line : lines) {
            if (line.score() != null) {
                total += line.score() * line.weight() / 5.0;
            }
        }
        return Math.round(total * 10) / 10.0;
    }
}
