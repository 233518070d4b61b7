package kr.innocluster.portal.diagnosis;

import java.util.LinkedHashMap;
import java.util.Map;

/** Answers as stored: {@code id=score} pairs separated by commas, in questionnaire order. */
final class Answers {

    private Answers() {
    }

    static String encode(Map<String, Integer> answers) {
        StringBuilder text = new StringBuilder();
        for (DiagnosisQuestion q : DiagnosisQuestion.ALL) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(q.id()).append('=').append(answers.get(q.id()));
        }
        return text.toString();
    }

    static Map<String, Integer> decode(String text) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return answers;
        }
        for (String pair : text.split(",")) {
            String[] kv = pair.split("=", 2);
            answers.put(kv[0], Integer.valueOf(kv[1]));
        }
        return answers;
    }
}
