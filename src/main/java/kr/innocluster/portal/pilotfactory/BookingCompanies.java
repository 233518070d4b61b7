package kr.innocluster.portal.pilotfactory;

import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanyNotVerifiedException;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Component;

/**
 * The one place the pilot factory asks the company registry ({@link CompanyService}) about companies: the signed-in
 * company user's company, and whether it is verified. The registry's refusal keeps its own message key.
 */
@Component
class BookingCompanies {

    private final CompanyService companies;

    BookingCompanies(CompanyService companies) {
        this.companies = companies;
    }

    /** The company the signed-in user belongs to, verified or not. */
    @RolesAllowed(Roles.COMPANY)
    public Optional<BookingCompany> companyOfCurrentUser() {
        return companies.myCompany().map(BookingCompanies::bookingCompany);
    }

    /**
     * The signed-in user's company if it is verified; otherwise a refusal on field "company" with the registry's
     * message key (no company yet, or not verified).
     */
    @RolesAllowed(Roles.COMPANY)
    public BookingCompany requireVerifiedCompanyOfCurrentUser() {
        try {
            return bookingCompany(companies.requireVerifiedCompanyOfCurrentUser());
        } catch (CompanyNotVerifiedException e) {
            throw RuleException.onField("company", e.messageKey());
        }
    }

    private static BookingCompany bookingCompany(CompanySummary summary) {
        return new BookingCompany(summary.id(), summary.name());
    }
}
