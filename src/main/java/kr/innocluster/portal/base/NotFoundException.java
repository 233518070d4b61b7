package kr.innocluster.portal.base;

/**
 * The record does not exist, or the caller may not see it. Both look exactly the same, so nobody learns from an id
 * that another company's record exists.
 */
public class NotFoundException extends RuleException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
