package kr.innocluster.portal.program;

import java.util.Map;

/** Input that breaks a rule, per field (field name → i18n key); the form shows each next to its field. */
public class ProgramValidationException extends ProgramException {

    private final Map<String, String> fieldErrors;

    public ProgramValidationException(Map<String, String> fieldErrors) {
        super("program.error.validation");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
