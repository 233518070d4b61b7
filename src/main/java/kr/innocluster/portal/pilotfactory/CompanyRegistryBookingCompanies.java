package kr.innocluster.portal.pilotfactory;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Company look-ups of the pilot factory. The company registry (company feature, {@code CompanyService}) is not part of
 * the portal yet, so no user belongs to a known company and nobody can book: every request is refused with "only
 * verified companies may book". Once {@code CompanyService} is on main, this class delegates to it
 * ({@code myCompany}, {@code requireVerifiedCompanyOfCurrentUser}) and nothing else in the feature changes.
 */
@Component
class CompanyRegistryBookingCompanies implements BookingCompanies {

    @Override
    public Optional<BookingCompany> companyOfCurrentUser() {
        return Optional.empty();
    }

    @Override
    public BookingCompany requireVerifiedCompanyOfCurrentUser() {
        throw new BookingRuleException("company", "pf.error.companyNotVerified");
    }

    @Override
    public Optional<BookingCompany> findByName(String name) {
        return Optional.empty();
    }
}
