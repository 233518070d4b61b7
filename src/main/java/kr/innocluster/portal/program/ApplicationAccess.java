package kr.innocluster.portal.program;

import kr.innocluster.portal.program.domain.GrantApplication;
import kr.innocluster.portal.program.domain.GrantApplicationRepository;
import kr.innocluster.portal.program.domain.ReviewAssignmentRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may see an application: its own company, a reviewer assigned to it, officials (once submitted). Anyone else
 * gets {@link ProgramRecordNotFoundException}, exactly as for an id that does not exist.
 */
@Component
class ApplicationAccess {

    private final GrantApplicationRepository applications;
    private final ReviewAssignmentRepository assignments;
    private final ApplicantCompanies companies;
    private final CurrentUser currentUser;

    ApplicationAccess(GrantApplicationRepository applications, ReviewAssignmentRepository assignments,
                      ApplicantCompanies companies, CurrentUser currentUser) {
        this.applications = applications;
        this.assignments = assignments;
        this.companies = companies;
        this.currentUser = currentUser;
    }

    /** The application, if the signed-in company user's company owns it. */
    GrantApplication ownedByMyCompany(long applicationId) {
        long companyId = companies.companyOfCurrentUser().map(ApplicantCompany::id)
                .orElseThrow(ProgramRefusals::notFound);
        return applications.findWithProgram(applicationId).filter(a -> a.getCompanyId() == companyId)
                .orElseThrow(ProgramRefusals::notFound);
    }

    /** The application, for officials (submitted ones only: a draft is the company's own business). */
    GrantApplication forOfficial(long applicationId) {
        return applications.findWithProgram(applicationId)
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT)
                .orElseThrow(ProgramRefusals::notFound);
    }

    /** The application for whoever is signed in, by their role. */
    GrantApplication visibleToMe(long applicationId) {
        PortalUser user = currentUser.require();
        if (user.hasRole(Roles.OFFICIAL)) {
            return forOfficial(applicationId);
        }
        if (user.hasRole(Roles.REVIEWER) && assignments.isAssigned(applicationId, user.subject())) {
            return applications.findWithProgram(applicationId).orElseThrow(ProgramRefusals::notFound);
        }
        if (user.hasRole(Roles.COMPANY)) {
            return ownedByMyCompany(applicationId);
        }
        throw ProgramRefusals.notFound();
    }
}
