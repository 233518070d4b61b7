package kr.innocluster.portal.company;

import kr.innocluster.portal.base.RuleException;

/**
 * The signed-in user has no company, or it is not verified (yet, or any more): applications and bookings wait. Its
 * {@link #messageKey()} is {@code company.error.noCompany} or {@code company.error.notVerified.<STATUS>}.
 */
public class CompanyNotVerifiedException extends RuleException {

    public CompanyNotVerifiedException(String messageKey) {
        super(messageKey);
    }
}
