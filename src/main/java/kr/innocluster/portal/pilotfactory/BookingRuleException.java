package kr.innocluster.portal.pilotfactory;

/** A request or an operator action broke a rule; the form shows the message next to {@link #field()}. */
public class BookingRuleException extends RuntimeException {

    private final transient RuleViolation violation;

    public BookingRuleException(RuleViolation violation) {
        super(violation.messageKey());
        this.violation = violation;
    }

    public BookingRuleException(String field, String messageKey, Object... params) {
        this(RuleViolation.of(field, messageKey, params));
    }

    public RuleViolation violation() {
        return violation;
    }

    public String field() {
        return violation.field();
    }

    public String messageKey() {
        return violation.messageKey();
    }

    public Object[] params() {
        return violation.paramsArray();
    }
}
