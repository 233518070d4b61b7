package kr.innocluster.portal.company;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The service refused input: field name → message key, so the form can show each message next to its field. */
public class CompanyValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public CompanyValidationException(Map<String, String> errors) {
        super("Invalid company input: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static CompanyValidationException of(String field, String messageKey) {
        return new CompanyValidationException(Map.of(field, messageKey));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
