package kr.innocluster.portal.company;

import java.util.Optional;
import kr.innocluster.portal.company.domain.Company;
import kr.innocluster.portal.company.domain.CompanyRepository;
import kr.innocluster.portal.company.domain.Membership;
import kr.innocluster.portal.company.domain.MembershipRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see a company: officials see every company, company users only their own.
 * Anything else is answered exactly like a company that does not exist.
 */
@Component
class CompanyAccess {

    private final CompanyRepository companies;
    private final MembershipRepository memberships;
    private final CurrentUser currentUser;

    CompanyAccess(CompanyRepository companies, MembershipRepository memberships, CurrentUser currentUser) {
        this.companies = companies;
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    Optional<Company> visible(long id) {
        PortalUser user = currentUser.require();
        if (user.hasRole(Roles.OFFICIAL)) {
            return companies.findById(id);
        }
        if (user.hasRole(Roles.COMPANY) && memberships.existsByUserSubjectAndCompanyId(user.subject(), id)) {
            return companies.findById(id);
        }
        return Optional.empty();
    }

    Company visibleOrThrow(long id) {
        return visible(id).orElseThrow(() -> new CompanyNotFoundException(id));
    }

    /** The current user's membership, if they hold the company role and belong to a company. */
    Optional<Membership> membershipOfCurrentUser() {
        PortalUser user = currentUser.require();
        return user.hasRole(Roles.COMPANY) ? memberships.findById(user.subject()) : Optional.empty();
    }

    /** The company the current user manages; a plain member or an outsider is refused like a missing company. */
    Membership managerOf(long companyId) {
        Membership membership = membershipOfCurrentUser().filter(m -> m.getCompanyId() == companyId)
                .orElseThrow(() -> new CompanyNotFoundException(companyId));
        if (!membership.isManager()) {
            throw new org.springframework.security.access.AccessDeniedException("not the manager of " + companyId);
        }
        return membership;
    }
}
