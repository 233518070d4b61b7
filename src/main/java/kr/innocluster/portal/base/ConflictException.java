package kr.innocluster.portal.base;

/**
 * Someone else got there first: the slot, the seat, the budget or the version the user edited changed under them.
 * The user can look again and retry; nothing of theirs was half-saved.
 */
public class ConflictException extends RuleException {

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    protected ConflictException(Message message, java.util.Map<String, Message> fieldErrors) {
        super(message, fieldErrors);
    }

    /** The conflict concerns one form field (for example the start time of a slot just taken). */
    public static ConflictException onField(String field, String messageKey, Object... args) {
        Message message = Message.of(messageKey, args);
        return new ConflictException(message, java.util.Map.of(field, message));
    }
}
