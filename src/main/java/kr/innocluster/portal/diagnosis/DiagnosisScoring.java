package kr.innocluster.portal.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The documented scoring rule, a pure function (no public cut-offs exist, so they are configuration):
 * <ol>
 * <li>Every question is answered 0–4. An <b>area score</b> is the sum of its answers divided by the maximum
 * (4 × number of questions), as a percentage rounded to a whole number (0–100).</li>
 * <li>A score becomes a <b>level</b> with the cut-offs {@code portal.diagnosis.cut-offs} (default 20,40,60,80): level
 * 1 plus the number of cut-offs the score reaches; so by default 0–19 → 1, 20–39 → 2, 40–59 → 3, 60–79 → 4,
 * 80–100 → 5.</li>
 * <li>The <b>overall score</b> is the mean of the area scores (every area weighs the same), rounded.</li>
 * <li>The <b>overall level</b> is the level of the overall score, but at most
 * {@code portal.diagnosis.max-lead-over-weakest} (default 1) above the weakest area's level: a factory without,
 * say, any quality data is not "advanced" however good its other areas are.</li>
 * </ol>
 */
public final class DiagnosisScoring {

    private final List<Integer> cutOffs;
    private final int maxLeadOverWeakest;

    public DiagnosisScoring(List<Integer> cutOffs, int maxLeadOverWeakest) {
        if (cutOffs.size() != 4) {
            throw new IllegalArgumentException("four cut-offs separate five levels: " + cutOffs);
        }
        for (int i = 1; i < cutOffs.size(); i++) {
            if (cutOffs.get(i) <= cutOffs.get(i - 1)) {
                throw new IllegalArgumentException("cut-offs must increase: " + cutOffs);
            }
        }
        if (maxLeadOverWeakest < 0) {
            throw new IllegalArgumentException("max lead over weakest must not be negative");
        }
        this.cutOffs = List.copyOf(cutOffs);
        this.maxLeadOverWeakest = maxLeadOverWeakest;
    }

    public static DiagnosisScoring defaults() {
        return new DiagnosisScoring(List.of(20, 40, 60, 80), 1);
    }

    public List<Integer> cutOffs() {
        return cutOffs;
    }

    public int maxLeadOverWeakest() {
        return maxLeadOverWeakest;
    }

    /** The level a score 0–100 maps to. */
    public int level(int score) {
        int level = 1;
        for (int cut : cutOffs) {
            if (score >= cut) {
                level++;
            }
        }
        return level;
    }

    /** Scores complete answers (question id → 0–4); a missing or out-of-range answer is refused. */
    public DiagnosisResult score(Map<String, Integer> answers) {
        List<AreaResult> areas = new ArrayList<>();
        for (DiagnosisArea area : DiagnosisArea.values()) {
            List<DiagnosisQuestion> questions = DiagnosisQuestion.ALL.stream().filter(q -> q.area() == area).toList();
            int sum = 0;
            for (DiagnosisQuestion q : questions) {
                Integer answer = answers.get(q.id());
                if (answer == null || answer < 0 || answer > DiagnosisQuestion.MAX_ANSWER) {
                    throw new IllegalArgumentException("answer of " + q.id() + ": " + answer);
                }
                sum += answer;
            }
            int score = Math.round(100f * sum / (DiagnosisQuestion.MAX_ANSWER * questions.size()));
            areas.add(new AreaResult(area, score, level(score)));
        }
        int overall = Math.round((float) areas.stream().mapToInt(AreaResult::score).sum() / areas.size());
        int weakest = areas.stream().mapToInt(AreaResult::level).min().orElse(1);
        int overallLevel = Math.min(level(overall), weakest + maxLeadOverWeakest);
        return new DiagnosisResult(overall, overallLevel, areas);
    }
}
