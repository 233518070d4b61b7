package kr.innocluster.portal.grant;

import java.util.Optional;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.grant.domain.ProjectRow;
import kr.innocluster.portal.grant.domain.ProjectStore;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may see a project: officials all, a company user their own company's; anyone else gets
 * {@link NotFoundException}, exactly as for an id that does not exist.
 */
@Component
class GrantAccess {

    static final String NOT_FOUND = "grant.error.notFound";

    private final ProjectStore projects;
    private final CompanyService companies;
    private final CurrentUser currentUser;

    GrantAccess(ProjectStore projects, CompanyService companies, CurrentUser currentUser) {
        this.projects = projects;
        this.companies = companies;
        this.currentUser = currentUser;
    }

    static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND);
    }

    /** The project for whoever is signed in, by role. */
    ProjectRow visible(long projectId) {
        return isOfficial() ? forOfficial(projectId) : forCompany(projectId);
    }

    ProjectRow forOfficial(long projectId) {
        if (!isOfficial()) {
            throw notFound();
        }
        return projects.project(projectId).orElseThrow(GrantAccess::notFound);
    }

    ProjectRow forCompany(long projectId) {
        long companyId = myCompanyId().orElseThrow(GrantAccess::notFound);
        return projects.project(projectId).filter(p -> p.companyId() == companyId)
                .orElseThrow(GrantAccess::notFound);
    }

    /** The project locked for a change that depends on its state; same visibility rule. */
    ProjectRow lock(ProjectRow visible) {
        return projects.lockProject(visible.id()).orElseThrow(GrantAccess::notFound);
    }

    boolean isOfficial() {
        return currentUser.require().hasRole(Roles.OFFICIAL);
    }

    /** Officials see every company's projects (empty); a company user only their company's. */
    Optional<Long> companyFilter() {
        if (isOfficial()) {
            return Optional.empty();
        }
        return Optional.of(myCompanyId().orElse(-1L));
    }

    Optional<Long> myCompanyId() {
        PortalUser user = currentUser.require();
        if (!user.hasRole(Roles.COMPANY)) {
            return Optional.empty();
        }
        return companies.myCompany().map(CompanySummary::id);
    }

    String actorName() {
        return currentUser.require().displayName();
    }
}
