package kr.innocluster.portal.company;

/** The signed-in user has no company, or it is not verified (yet, or any more): applications and bookings wait. */
public class CompanyNotVerifiedException extends RuntimeException {

    private final String messageKey;

    public CompanyNotVerifiedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** {@code company.error.noCompany} or {@code company.error.notVerified.<STATUS>}. */
    public String messageKey() {
        return messageKey;
    }
}
