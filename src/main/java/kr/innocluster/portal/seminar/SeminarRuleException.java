package kr.innocluster.portal.seminar;

/** A seminar rule refused the action; {@link #messageKey()} is what the user reads (translated). */
public class SeminarRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;

    public SeminarRuleException(String messageKey, Object... params) {
        super(messageKey);
        this.messageKey = messageKey;
        this.params = params;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.clone();
    }
}
