package kr.innocluster.portal.pilotfactory;

import java.util.List;

/** A broken booking rule: which form field it concerns and the message key (with its parameters) to show. */
public record RuleViolation(String field, String messageKey, List<Object> params) {

    public RuleViolation {
        params = List.copyOf(params);
    }

    public static RuleViolation of(String field, String messageKey, Object... params) {
        return new RuleViolation(field, messageKey, List.of(params));
    }

    public Object[] paramsArray() {
        return params.toArray();
    }
}
