package kr.innocluster.portal.pilotproject;

import java.util.Optional;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.pilotproject.domain.PilotProject;
import kr.innocluster.portal.pilotproject.domain.PilotProjectRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may see which project, decided in one place: the members of the project's company and the pilot factory's
 * staff (operators, officials). Anyone else gets "not found", exactly as for a project that does not exist. What the
 * data terms allow on top (run data downloads) is decided by {@link #mayDownload}.
 */
@Component
class ProjectAccess {

    static final String NOT_FOUND = "pp.error.notFound";

    private final PilotProjectRepository projects;
    private final CompanyService companies;
    private final CurrentUser currentUser;

    ProjectAccess(PilotProjectRepository projects, CompanyService companies, CurrentUser currentUser) {
        this.projects = projects;
        this.companies = companies;
        this.currentUser = currentUser;
    }

    static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND);
    }

    PortalUser user() {
        return currentUser.require();
    }

    static boolean isStaff(PortalUser user) {
        return user.hasRole(Roles.OPERATOR) || user.hasRole(Roles.OFFICIAL);
    }

    /** The company the signed-in company user belongs to, if any. */
    Optional<CompanySummary> myCompany() {
        return user().hasRole(Roles.COMPANY) ? companies.myCompany() : Optional.empty();
    }

    boolean isMine(PilotProject project) {
        return myCompany().map(c -> c.id() == project.getCompanyId()).orElse(false);
    }

    /** A project its company's members and staff see. */
    PilotProject visible(long projectId) {
        PilotProject project = projects.findById(projectId).orElseThrow(ProjectAccess::notFound);
        if (isStaff(user()) || isMine(project)) {
            return project;
        }
        throw notFound();
    }

    /** A project of the signed-in user's own company (to change terms, attach bookings). */
    PilotProject own(long projectId) {
        PilotProject project = projects.findById(projectId).orElseThrow(ProjectAccess::notFound);
        if (!isMine(project)) {
            throw notFound();
        }
        return project;
    }

    /** Staff acting on a project (run logs, results, verification). */
    PilotProject staffOnly(long projectId) {
        PilotProject project = projects.findById(projectId).orElseThrow(ProjectAccess::notFound);
        if (!isStaff(user())) {
            throw notFound();
        }
        return project;
    }

    /** Run data: the company always; staff only while the terms in force allow it (never after a withdrawal). */
    boolean mayDownload(PilotProject project) {
        if (isMine(project)) {
            return true;
        }
        return isStaff(user()) && !project.withdrawn() && project.getDataScope().staffMayDownload();
    }
}
