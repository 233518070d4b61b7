package kr.innocluster.portal.seminar;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input the service refused: field name -> message key, shown next to each field. */
public class SeminarValidationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public SeminarValidationException(Map<String, String> fieldErrors) {
        super("invalid fields: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
