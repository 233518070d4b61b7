package kr.innocluster.portal.pilotfactory;

import java.util.Optional;
import kr.innocluster.portal.company.CompanyNotVerifiedException;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import org.springframework.stereotype.Component;

/**
 * Company look-ups of the pilot factory, answered by the company registry ({@link CompanyService}): the signed-in
 * user's company, and whether it is verified. The registry's refusal keeps its own message key.
 */
@Component
class CompanyRegistryBookingCompanies implements BookingCompanies {

    private final CompanyService companyService;

    CompanyRegistryBookingCompanies(CompanyService companyService) {
        this.companyService = companyService;
    }

    @Override
    public Optional<BookingCompany> companyOfCurrentUser() {
        return companyService.myCompany().map(CompanyRegistryBookingCompanies::toBookingCompany);
    }

    @Override
    public BookingCompany requireVerifiedCompanyOfCurrentUser() {
        try {
            return toBookingCompany(companyService.requireVerifiedCompanyOfCurrentUser());
        } catch (CompanyNotVerifiedException e) {
            throw new BookingRuleException("company", e.messageKey());
        }
    }

    private static BookingCompany toBookingCompany(CompanySummary summary) {
        return new BookingCompany(summary.id(), summary.name());
    }
}
