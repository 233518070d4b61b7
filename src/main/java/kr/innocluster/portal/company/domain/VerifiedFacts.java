package kr.innocluster.portal.company.domain;

import java.time.LocalDate;
import kr.innocluster.portal.company.BusinessNumber;
import kr.innocluster.portal.company.CompanyForm;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;

/**
 * What a company's verification and program eligibility depend on. A verified company cannot change these by
 * itself: the change goes to an official ({@link ChangeRequest}).
 */
public record VerifiedFacts(String businessNumber, Region region, String ksicCode, SizeClass sizeClass,
                            LocalDate foundedOn, long annualRevenue) {

    /** The facts a validated form enters, normalised; {@code currentNumber} when the form carries no number. */
    public static VerifiedFacts of(String currentNumber, CompanyForm form) {
        String number = form.getBusinessNumber() == null || form.getBusinessNumber().isBlank()
                ? currentNumber : BusinessNumber.normalize(form.getBusinessNumber());
        return new VerifiedFacts(number, form.getRegion(), form.getKsicCode().strip().toUpperCase(),
                form.getSizeClass(), form.getFoundedOn(), form.getAnnualRevenue());
    }
}
