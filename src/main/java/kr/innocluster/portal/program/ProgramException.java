package kr.innocluster.portal.program;

/** A rule of the program feature refused the action; the message key says why in the user's language. */
public class ProgramException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ProgramException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
