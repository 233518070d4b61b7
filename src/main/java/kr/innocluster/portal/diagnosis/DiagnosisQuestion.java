package kr.innocluster.portal.diagnosis;

import java.util.Arrays;
import java.util.List;

/**
 * One question of the questionnaire: text {@code diagnosis.q.<id>}; every answer is a score 0–4 with the shared
 * labels {@code diagnosis.answer.<n>} (0 not done, 1 by hand or on paper, 2 partly in a system, 3 mostly in systems,
 * 4 automated and integrated in real time).
 */
public record DiagnosisQuestion(String id, DiagnosisArea area) {

    public static final int MAX_ANSWER = 4;

    /** Three questions per area, in the order the form shows them. */
    public static final List<DiagnosisQuestion> ALL = Arrays.stream(DiagnosisArea.values())
            .flatMap(area -> java.util.stream.IntStream.rangeClosed(1, 3)
                    .mapToObj(n -> new DiagnosisQuestion(area.name() + "_" + n, area)))
            .toList();

    public String messageKey() {
        return "diagnosis.q." + id;
    }
}
