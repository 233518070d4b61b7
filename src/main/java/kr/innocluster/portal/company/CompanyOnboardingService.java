package kr.innocluster.portal.company;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.LanguagePreference;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import kr.innocluster.portal.company.domain.Company;
import kr.innocluster.portal.company.domain.CompanyRepository;
import kr.innocluster.portal.company.domain.JoinRequest;
import kr.innocluster.portal.company.domain.JoinRequestRepository;
import kr.innocluster.portal.company.domain.Membership;
import kr.innocluster.portal.company.domain.MembershipRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's way into a company, open to anyone signed in: where they stand ({@link MyCompanyState}) and asking to
 * join a registered company by its business number. Registering a new company is {@link CompanyService#register}.
 */
@Service
public class CompanyOnboardingService {

    private final CompanyRepository companies;
    private final MembershipRepository memberships;
    private final JoinRequestRepository joinRequests;
    private final LanguagePreference languages;
    private final CompanyAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration roleArrival;

    CompanyOnboardingService(CompanyRepository companies, MembershipRepository memberships,
                             JoinRequestRepository joinRequests, LanguagePreference languages,
                             CompanyAccess access, CurrentUser currentUser, Clock clock,
                             @Value("${portal.company.role-arrival-grace:PT10M}") Duration roleArrival) {
        this.companies = companies;
        this.memberships = memberships;
        this.joinRequests = joinRequests;
        this.languages = languages;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.roleArrival = roleArrival;
    }

    /**
     * Where the signed-in person stands. A member of a verified company without the company role is
     * {@code ACCESS_PENDING} for {@code portal.company.role-arrival-grace} after the portal asked for the role (it is
     * granted through Keycloak, asynchronously), {@code WITHDRAWN} after that.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MyCompanyState myState() {
        PortalUser user = currentUser.require();
        Optional<Membership> membership = memberships.findById(user.subject());
        if (membership.isPresent()) {
            Membership member = membership.get();
            Company company = companies.findById(member.getCompanyId()).orElseThrow();
            CompanyAccessState state = stateOf(user, member, company);
            long waiting = member.isManager() && CompanyAccess.mayActFor(user, company)
                    ? joinRequests.countByCompanyIdAndStatus(company.getId(), JoinRequestStatus.PENDING) : 0;
            return new MyCompanyState(state, company.getId(), company.getName(), company.getStatus(),
                    member.isManager(), waiting, null, user.emailVerified());
        }
        return joinRequests.findByRequesterSubjectAndStatus(user.subject(), JoinRequestStatus.PENDING)
                .map(request -> new MyCompanyState(CompanyAccessState.JOIN_REQUESTED, null, null, null, false, 0,
                        mapped(request), user.emailVerified()))
                .orElseGet(() -> new MyCompanyState(CompanyAccessState.NONE, null, null, null, false, 0, null,
                        user.emailVerified()));
    }

    /**
     * Asks the manager of the company registered under {@code businessNumber} to admit the signed-in person, who must
     * have a verified e-mail, no company and no other waiting request. The company's name is the only thing the
     * answer reveals, and only once the request exists (the manager sees who asked).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CompanyJoinRequest requestToJoin(String businessNumber) {
        PortalUser user = currentUser.require();
        access.requireNewcomerWithVerifiedEmail(user);
        CompanyRules.businessNumber(businessNumber).ifPresent(key -> {
            throw RuleException.onField("businessNumber", key);
        });
        Company company = companies.findByBusinessNumber(BusinessNumber.normalize(businessNumber))
                .orElseThrow(() -> RuleException.onField("businessNumber", "company.error.join.noSuchCompany"));
        String language = languages.currentUserLanguage().orElse(PortalI18NProvider.KOREAN).getLanguage();
        try {
            JoinRequest request = joinRequests.saveAndFlush(new JoinRequest(company.getId(), user.subject(),
                    user.displayName(), user.email(), language, clock.instant()));
            return CompanyMapping.joinRequest(request, company.getName());
        } catch (DataIntegrityViolationException anotherRequestAtTheSameTime) {
            throw new ConflictException("company.error.join.pendingExists");
        }
    }

    /** The requester withdraws their waiting request; someone else's request looks like none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void cancelMyJoinRequest(long requestId) {
        String subject = currentUser.require().subject();
        joinRequests.findById(requestId).filter(r -> r.getRequesterSubject().equals(subject))
                .filter(JoinRequest::isPending)
                .orElseThrow(() -> new RuleException("company.error.join.notFound"))
                .close(JoinRequestStatus.CANCELLED, null, null, clock.instant());
    }

    private CompanyAccessState stateOf(PortalUser user, Membership member, Company company) {
        if (user.hasRole(Roles.COMPANY)) {
            return CompanyAccessState.ACTIVE;
        }
        if (!company.getStatus().membersHoldTheRole()) {
            return CompanyAccessState.AWAITING_VERIFICATION;
        }
        boolean askedRecently = member.getAccessGrantedAt() != null
                && member.getAccessGrantedAt().plus(roleArrival).isAfter(clock.instant());
        return askedRecently ? CompanyAccessState.ACCESS_PENDING : CompanyAccessState.WITHDRAWN;
    }

    private CompanyJoinRequest mapped(JoinRequest request) {
        String name = companies.findById(request.getCompanyId()).map(Company::getName).orElse("");
        return CompanyMapping.joinRequest(request, name);
    }
}
