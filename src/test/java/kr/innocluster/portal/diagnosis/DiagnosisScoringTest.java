package kr.innocluster.portal.diagnosis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The documented scoring rule: area scores, score-to-level cut-offs, overall level capped by the weakest area. */
class DiagnosisScoringTest {

    private final DiagnosisScoring scoring = DiagnosisScoring.defaults();

    @Test
    void everyAnswerZeroIsLevelOneAndEveryAnswerFourIsLevelFive() {
        DiagnosisResult none = scoring.score(all(0));
        DiagnosisResult full = scoring.score(all(4));

        assertThat(none.overallScore()).isZero();
        assertThat(none.overallLevel()).isEqualTo(1);
        assertThat(none.areas()).allSatisfy(a -> assertThat(a.level()).isEqualTo(1));
        assertThat(full.overallScore()).isEqualTo(100);
        assertThat(full.overallLevel()).isEqualTo(5);
    }

    @Test
    void anAreaScoreIsItsAnswersOverTheMaximumAsAPercentage() {
        Map<String, Integer> answers = all(2);
        answers.put("QUALITY_1", 4);
        answers.put("QUALITY_2", 3);
        answers.put("QUALITY_3", 1);

        DiagnosisResult result = scoring.score(answers);

        assertThat(result.area(DiagnosisArea.QUALITY).score()).isEqualTo(67); // 8 of 12
        assertThat(result.area(DiagnosisArea.PRODUCTION).score()).isEqualTo(50); // 6 of 12
        assertThat(result.overallScore()).isEqualTo(53); // (5 x 50 + 67) / 6 = 52.8
    }

    @Test
    void cutOffsMapScoresToLevelsAtTheirBoundaries() {
        assertThat(List.of(0, 19, 20, 39, 40, 59, 60, 79, 80, 100).stream().map(scoring::level))
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        DiagnosisScoring strict = new DiagnosisScoring(List.of(30, 50, 70, 90), 1);
        assertThat(strict.level(60)).isEqualTo(3);
        assertThat(strict.level(90)).isEqualTo(5);
    }

    @Test
    void theOverallLevelIsAtMostOneAboveTheWeakestArea() {
        Map<String, Integer> answers = all(4);
        answers.put("QUALITY_1", 0);
        answers.put("QUALITY_2", 0);
        answers.put("QUALITY_3", 0);

        DiagnosisResult result = scoring.score(answers);

        assertThat(result.overallScore()).isEqualTo(83); // level 5 by score alone
        assertThat(result.area(DiagnosisArea.QUALITY).level()).isEqualTo(1);
        assertThat(result.overallLevel()).isEqualTo(2);
        assertThat(new DiagnosisScoring(List.of(20, 40, 60, 80), 4).score(answers).overallLevel()).isEqualTo(5);
    }

    @Test
    void incompleteOrOutOfRangeAnswersAndBadCutOffsAreRefused() {
        Map<String, Integer> missing = all(2);
        missing.remove("EQUIPMENT_2");
        Map<String, Integer> tooHigh = all(2);
        tooHigh.put("LOGISTICS_1", 5);

        assertThatThrownBy(() -> scoring.score(missing)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scoring.score(tooHigh)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiagnosisScoring(List.of(20, 20, 60, 80), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiagnosisScoring(List.of(20, 40, 60), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weakAreasAreThoseBelowTheOverallLevelOrElseTheLowest() {
        Map<String, Integer> answers = all(3);
        answers.put("LOGISTICS_1", 1);
        answers.put("LOGISTICS_2", 1);
        DiagnosisResult result = scoring.score(answers);

        DiagnosisGaps gaps = DiagnosisGaps.of(1, false, result);

        assertThat(result.overallLevel()).isEqualTo(4);
        assertThat(gaps.weakAreas()).containsExactly(DiagnosisArea.LOGISTICS);
        assertThat(DiagnosisGaps.of(2, true, scoring.score(all(2))).weakAreas())
                .containsExactly(DiagnosisArea.values());
        assertThat(DiagnosisGaps.of(3, true, scoring.score(all(4))).weakAreas()).isEmpty();
    }

    static Map<String, Integer> all(int answer) {
        Map<String, Integer> answers = new HashMap<>();
        DiagnosisQuestion.ALL.forEach(q -> answers.put(q.id(), answer));
        return answers;
    }
}
