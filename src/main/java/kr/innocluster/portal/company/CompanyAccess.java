package kr.innocluster.portal.company;

import java.util.Optional;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.domain.Company;
import kr.innocluster.portal.company.domain.CompanyRepository;
import kr.innocluster.portal.company.domain.JoinRequestRepository;
import kr.innocluster.portal.company.domain.Membership;
import kr.innocluster.portal.company.domain.MembershipRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see a company: officials see every company, members only their own. A member
 * of a verified (or suspended) company needs the {@code company} role too; a member of a company never verified acts
 * for it without the role (they registered it and wait for, or correct after, the verification). Anything else is
 * answered exactly like a company that does not exist.
 */
@Component
class CompanyAccess {

    private final CompanyRepository companies;
    private final MembershipRepository memberships;
    private final JoinRequestRepository joinRequests;
    private final CurrentUser currentUser;

    CompanyAccess(CompanyRepository companies, MembershipRepository memberships, JoinRequestRepository joinRequests,
                  CurrentUser currentUser) {
        this.companies = companies;
        this.memberships = memberships;
        this.joinRequests = joinRequests;
        this.currentUser = currentUser;
    }

    Optional<Company> visible(long id) {
        PortalUser user = currentUser.require();
        if (user.hasRole(Roles.OFFICIAL)) {
            return companies.findById(id);
        }
        return memberships.findById(user.subject()).filter(m -> m.getCompanyId() == id)
                .flatMap(m -> companies.findById(id)).filter(company -> mayActFor(user, company));
    }

    Company visibleOrThrow(long id) {
        return visible(id).orElseThrow(() -> new CompanyNotFoundException(id));
    }

    /** The current user's membership, if they may act for that company now (see the class comment). */
    Optional<Membership> membershipOfCurrentUser() {
        PortalUser user = currentUser.require();
        return memberships.findById(user.subject()).filter(m -> companies.findById(m.getCompanyId())
                .filter(company -> mayActFor(user, company)).isPresent());
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

    /**
     * Registering a company and asking to join one both need a verified e-mail (the address is how colleagues and
     * officials know who this is), no company yet and no request that still waits.
     */
    void requireNewcomerWithVerifiedEmail(PortalUser user) {
        if (!user.emailVerified() || user.email() == null || user.email().isBlank()) {
            throw new RuleException("company.error.emailUnverified");
        }
        if (memberships.existsById(user.subject())) {
            throw new RuleException("company.error.alreadyMember");
        }
        if (joinRequests.findByRequesterSubjectAndStatus(user.subject(), JoinRequestStatus.PENDING).isPresent()) {
            throw new RuleException("company.error.join.pendingExists");
        }
    }

    static boolean mayActFor(PortalUser user, Company company) {
        return user.hasRole(Roles.COMPANY) || !company.getStatus().membersHoldTheRole();
    }
}
