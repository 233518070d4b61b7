package kr.innocluster.portal.program;

import java.util.Optional;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanyNotVerifiedException;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;
import kr.innocluster.portal.company.SmartFactoryLevel;
import kr.innocluster.portal.company.SmartFactoryLevels;
import kr.innocluster.portal.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The one place the program feature asks the company registry ({@link CompanyService}) about companies: the
 * signed-in user's company, membership (for conflicts of interest) and lookups by id. Region and size class stay the
 * registry's own {@link Region} and {@link SizeClass}.
 */
@Component
class ApplicantCompanies {

    private final CompanyService companies;
    private final SmartFactoryLevels levels;
    private final CurrentUser currentUser;

    ApplicantCompanies(CompanyService companies, SmartFactoryLevels levels, CurrentUser currentUser) {
        this.companies = companies;
        this.levels = levels;
        this.currentUser = currentUser;
    }

    /** The company the signed-in user belongs to, verified or not; empty for visitors. */
    Optional<ApplicantCompany> companyOfCurrentUser() {
        if (currentUser.get().isEmpty()) {
            return Optional.empty();
        }
        return companies.myCompany().map(this::applicant);
    }

    /** The signed-in user's company, refused unless officials verified it. */
    ApplicantCompany requireVerifiedCompanyOfCurrentUser() {
        try {
            return applicant(companies.requireVerifiedCompanyOfCurrentUser());
        } catch (CompanyNotVerifiedException e) {
            throw new RuleException("program.error.companyNotVerified");
        }
    }

    /** Whether the user (Keycloak subject) is a member of the company: a reviewer who is may not review it. */
    boolean isMember(String userSubject, long companyId) {
        return companies.isMember(userSubject, companyId);
    }

    /** A company by id, if the caller may see it. */
    Optional<ApplicantCompany> find(long companyId) {
        return companies.findVisible(companyId).map(this::applicant);
    }

    /** The company of the signed-in user, for demo data run as that user. */
    Optional<ApplicantCompany> companyOfUser(String userSubject) {
        return currentUser.get().filter(u -> u.subject().equals(userSubject)).flatMap(u -> companyOfCurrentUser());
    }

    /** The company with its confirmed smart-factory level (수준확인), which eligibility prefers to the declared one. */
    ApplicantCompany applicant(CompanySummary c) {
        Integer confirmed = levels.confirmedOnly(c.id()).map(SmartFactoryLevel::confirmed).orElse(null);
        return new ApplicantCompany(c.id(), c.name(), c.verified(), new EligibilityProfile(
                c.region(), c.sizeClass(), c.ksicCode(), c.smartFactoryLevel(), c.foundedOn(), c.status().name(),
                confirmed));
    }
}
