package kr.innocluster.portal.pilotfactory;

import java.util.Optional;

/**
 * The one place where the pilot factory asks the company registry (company feature) about companies, so that
 * switching to its service touches nothing else.
 */
interface BookingCompanies {

    /** The company the signed-in user belongs to, verified or not. */
    Optional<BookingCompany> companyOfCurrentUser();

    /**
     * The signed-in user's company if it is verified; otherwise a {@link BookingRuleException} on field "company"
     * (message keys of the company registry: no company yet, or not verified).
     */
    BookingCompany requireVerifiedCompanyOfCurrentUser();
}
