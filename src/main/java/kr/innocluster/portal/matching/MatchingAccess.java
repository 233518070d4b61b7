package kr.innocluster.portal.matching;

import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanyNotVerifiedException;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.matching.domain.ConsultationRow;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Object-level rules of the matching feature: a consultation is visible to its supplier company, its demand company
 * and officials; everyone else is told "not found".
 */
@Component
class MatchingAccess {

    private final CompanyService companies;
    private final CurrentUser currentUser;

    MatchingAccess(CompanyService companies, CurrentUser currentUser) {
        this.companies = companies;
        this.currentUser = currentUser;
    }

    PortalUser user() {
        return currentUser.require();
    }

    boolean official() {
        return user().hasRole(Roles.OFFICIAL);
    }

    /** The signed-in user's verified company, or a refusal. */
    CompanySummary myVerifiedCompany() {
        try {
            return companies.requireVerifiedCompanyOfCurrentUser();
        } catch (CompanyNotVerifiedException e) {
            throw new RuleException("matching.error.companyNotVerified");
        }
    }

    Long myCompanyId() {
        return companies.myCompany().map(CompanySummary::id).orElse(null);
    }

    /** Officials and mentors (for roadmaps) may browse the catalogue; companies only once verified. */
    void requireBrowser() {
        if (!official() && !user().hasRole(Roles.MENTOR)) {
            myVerifiedCompany();
        }
    }

    ConsultationRow visible(ConsultationRow row) {
        if (official()) {
            return row;
        }
        Long mine = myCompanyId();
        if (mine != null && (mine == row.supplierCompanyId() || mine == row.demandCompanyId())) {
            return row;
        }
        throw new NotFoundException("matching.error.notFound");
    }

    ConsultationRow supplierSide(ConsultationRow row) {
        Long mine = myCompanyId();
        if (mine == null || mine != row.supplierCompanyId()) {
            throw new NotFoundException("matching.error.notFound");
        }
        return row;
    }

    ConsultationRow demandSide(ConsultationRow row) {
        Long mine = myCompanyId();
        if (mine == null || mine != row.demandCompanyId()) {
            throw new NotFoundException("matching.error.notFound");
        }
        return row;
    }
}
