package kr.innocluster.portal.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one way a service refuses an action: a message key with arguments (the feature's own key, translated in the
 * user's language where it is shown) and, when a form caused it, the message for each field by field name. Nothing
 * was changed when it is thrown: services throw it before writing or inside the transaction that rolls back.
 * {@link NotFoundException} and {@link ConflictException} are its two named kinds.
 */
public class RuleException extends RuntimeException {

    private final transient Message message;
    private final transient Map<String, Message> fieldErrors;

    public RuleException(String messageKey, Object... args) {
        this(Message.of(messageKey, args), Map.of());
    }

    protected RuleException(Message message, Map<String, Message> fieldErrors) {
        super(message.key());
        this.message = message;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** One field is wrong; the form shows the message next to it. */
    public static RuleException onField(String field, String messageKey, Object... args) {
        Message message = Message.of(messageKey, args);
        return new RuleException(message, Map.of(field, message));
    }

    /**
     * Several fields are wrong (field name → message key, in form order); {@code summaryKey} says so as a whole, for
     * a notice when the form cannot show a field.
     */
    public static RuleException invalid(String summaryKey, Map<String, String> fieldKeys) {
        Map<String, Message> errors = new LinkedHashMap<>();
        fieldKeys.forEach((field, key) -> errors.put(field, Message.of(key)));
        return new RuleException(Message.of(summaryKey), errors);
    }

    /** Like {@link #invalid(String, Map)} with messages that carry arguments. */
    public static RuleException invalidFields(String summaryKey, Map<String, Message> fieldErrors) {
        return new RuleException(Message.of(summaryKey), fieldErrors);
    }

    public Message message() {
        return message;
    }

    public String messageKey() {
        return message.key();
    }

    public Object[] args() {
        return message.argsArray();
    }

    /** Field name → message, in the order the service found them; empty when no single field is to blame. */
    public Map<String, Message> fieldErrors() {
        return fieldErrors;
    }

    /** Field name → message key (for tests and simple forms). */
    public Map<String, String> fieldErrorKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        fieldErrors.forEach((field, m) -> keys.put(field, m.key()));
        return Collections.unmodifiableMap(keys);
    }
}
