package kr.innocluster.portal.diagnosis;

import java.util.Optional;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.diagnosis.domain.MentorStore;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may see a company's diagnoses, mentoring and roadmap: officials any company, a mentor the companies currently
 * assigned to them, a company user their own company. Everyone else is told "not found".
 */
@Component
class DiagnosisAccess {

    private final CompanyService companies;
    private final MentorStore mentors;
    private final CurrentUser currentUser;

    DiagnosisAccess(CompanyService companies, MentorStore mentors, CurrentUser currentUser) {
        this.companies = companies;
        this.mentors = mentors;
        this.currentUser = currentUser;
    }

    boolean mayView(long companyId) {
        PortalUser user = currentUser.require();
        if (user.hasRole(Roles.OFFICIAL)) {
            return true;
        }
        if (user.hasRole(Roles.MENTOR) && mentors.isAssigned(companyId, user.subject())) {
            return true;
        }
        return user.hasRole(Roles.COMPANY) && myCompany().filter(c -> c.id() == companyId).isPresent();
    }

    void requireView(long companyId) {
        if (!mayView(companyId)) {
            throw new NotFoundException("diagnosis.error.notFound");
        }
    }

    /** Officials and the company's current mentor. */
    boolean mayConfirm(long companyId) {
        PortalUser user = currentUser.require();
        return user.hasRole(Roles.OFFICIAL)
                || (user.hasRole(Roles.MENTOR) && mentors.isAssigned(companyId, user.subject()));
    }

    Optional<CompanySummary> myCompany() {
        return companies.myCompany();
    }

    PortalUser user() {
        return currentUser.require();
    }
}
