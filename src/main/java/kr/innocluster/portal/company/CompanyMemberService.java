package kr.innocluster.portal.company;

import java.time.Clock;
import java.util.List;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.domain.Company;
import kr.innocluster.portal.company.domain.JoinRequest;
import kr.innocluster.portal.company.domain.JoinRequestRepository;
import kr.innocluster.portal.company.domain.Membership;
import kr.innocluster.portal.company.domain.MembershipRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to a company: members and officials read it; the company's manager removes members and decides on
 * requests to join. Who may act for which company is decided by {@link CompanyAccess} (also for members of a company
 * not verified yet, who have no company role), so the methods only require a signed-in caller.
 */
@Service
public class CompanyMemberService {

    private final MembershipRepository memberships;
    private final JoinRequestRepository joinRequests;
    private final CompanyAccess access;
    private final CompanyMemberships membershipChanges;
    private final CompanyMails mails;
    private final CurrentUser currentUser;
    private final Clock clock;

    CompanyMemberService(MembershipRepository memberships, JoinRequestRepository joinRequests, CompanyAccess access,
                         CompanyMemberships membershipChanges, CompanyMails mails, CurrentUser currentUser,
                         Clock clock) {
        this.memberships = memberships;
        this.joinRequests = joinRequests;
        this.access = access;
        this.membershipChanges = membershipChanges;
        this.mails = mails;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CompanyMember> members(long companyId) {
        access.visibleOrThrow(companyId);
        return memberships.findByCompanyIdOrderByManagerDescJoinedAtAsc(companyId).stream()
                .map(CompanyMapping::member).toList();
    }

    /**
     * The manager removes a member, whose company role then ends ({@link CompanyAccessEnded}). The last manager cannot
     * be removed: a company always has someone who admits and removes its members.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeMember(long companyId, String memberSubject) {
        access.managerOf(companyId);
        Membership member = memberships.findById(memberSubject).filter(m -> m.getCompanyId() == companyId)
                .orElseThrow(() -> new CompanyNotFoundException(companyId));
        if (member.isManager() && memberships.countByCompanyIdAndManagerTrue(companyId) <= 1) {
            throw new RuleException("company.error.member.lastManager");
        }
        membershipChanges.end(member, currentUser.require());
    }

    /** Requests to join that wait for the manager, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CompanyJoinRequest> pendingJoinRequests(long companyId) {
        Company company = companyManagedByCurrentUser(companyId);
        return joinRequests.findByCompanyIdAndStatusOrderByRequestedAtAsc(companyId, JoinRequestStatus.PENDING)
                .stream().map(request -> CompanyMapping.joinRequest(request, company.getName())).toList();
    }

    /**
     * The manager admits the requester: they become a member (with the company role if the company is verified) and
     * are told by mail and notice.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void approveJoinRequest(long companyId, long requestId) {
        Company company = companyManagedByCurrentUser(companyId);
        JoinRequest request = pendingRequest(companyId, requestId);
        PortalUser manager = currentUser.require();
        if (memberships.existsById(request.getRequesterSubject())) {
            throw new ConflictException("company.error.join.requesterJoinedElsewhere");
        }
        request.close(JoinRequestStatus.APPROVED, manager.displayName(), null, clock.instant());
        joinRequests.saveAndFlush(request);
        membershipChanges.join(company, request.getRequesterSubject(), request.getRequesterName(),
                request.getRequesterEmail(), false, manager);
        mails.joinDecided(request, company.getName());
    }

    /** The manager turns the request down, with an optional reason the requester reads. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void declineJoinRequest(long companyId, long requestId, String reason) {
        Company company = companyManagedByCurrentUser(companyId);
        JoinRequest request = pendingRequest(companyId, requestId);
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        CompanyRules.text(text == null ? "-" : text, 1000).ifPresent(key -> {
            throw RuleException.onField("reason", key);
        });
        request.close(JoinRequestStatus.DECLINED, currentUser.require().displayName(), text, clock.instant());
        joinRequests.saveAndFlush(request);
        mails.joinDecided(request, company.getName());
    }

    private Company companyManagedByCurrentUser(long companyId) {
        access.managerOf(companyId);
        return access.visibleOrThrow(companyId);
    }

    private JoinRequest pendingRequest(long companyId, long requestId) {
        JoinRequest request = joinRequests.findById(requestId).filter(r -> r.getCompanyId() == companyId)
                .orElseThrow(() -> new CompanyNotFoundException(companyId));
        if (!request.isPending()) {
            throw new ConflictException("company.error.join.alreadyDecided");
        }
        return request;
    }
}
