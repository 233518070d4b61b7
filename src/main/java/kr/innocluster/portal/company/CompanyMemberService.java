package kr.innocluster.portal.company;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.domain.FieldChange;
import kr.innocluster.portal.company.domain.Invitation;
import kr.innocluster.portal.company.domain.InvitationRepository;
import kr.innocluster.portal.company.domain.Membership;
import kr.innocluster.portal.company.domain.MembershipRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to a company: members and officials read it, the company's manager invites and removes. */
@Service
public class CompanyMemberService {

    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final CompanyAccess access;
    private final CompanyHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;

    CompanyMemberService(MembershipRepository memberships, InvitationRepository invitations, CompanyAccess access,
                         CompanyHistory history, CurrentUser currentUser, Clock clock) {
        this.memberships = memberships;
        this.invitations = invitations;
        this.access = access;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public List<CompanyMember> members(long companyId) {
        access.visibleOrThrow(companyId);
        return memberships.findByCompanyIdOrderByManagerDescJoinedAtAsc(companyId).stream()
                .map(CompanyMapping::member).toList();
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public List<CompanyInvitation> invitations(long companyId) {
        access.visibleOrThrow(companyId);
        return invitations.findByCompanyIdOrderByInvitedAtDesc(companyId).stream()
                .map(CompanyMapping::invitation).toList();
    }

    /** The manager invites a colleague; they join when they sign in with this email and the company role. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public CompanyInvitation invite(long companyId, String email) {
        access.managerOf(companyId);
        CompanyRules.email(email).ifPresent(key -> {
            throw RuleException.onField("email", key);
        });
        String address = email.strip();
        boolean alreadyMember = memberships.findByCompanyIdOrderByManagerDescJoinedAtAsc(companyId).stream()
                .anyMatch(m -> address.equalsIgnoreCase(m.getEmail()));
        if (alreadyMember) {
            throw RuleException.onField("email", "company.error.invite.alreadyMember");
        }
        if (invitations.existsForCompanyAndEmail(companyId, address)) {
            throw RuleException.onField("email", "company.error.invite.duplicate");
        }
        PortalUser user = currentUser.require();
        Invitation invitation = invitations.save(new Invitation(companyId, address, user.displayName(),
                clock.instant()));
        history.record(companyId, user, List.of(new FieldChange("memberInvited", null, address)));
        return CompanyMapping.invitation(invitation);
    }

    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void cancelInvitation(long companyId, long invitationId) {
        access.managerOf(companyId);
        invitations.findById(invitationId).filter(i -> i.getCompanyId() == companyId).ifPresent(invitation -> {
            invitations.delete(invitation);
            history.record(companyId, currentUser.require(),
                    List.of(new FieldChange("invitationCancelled", invitation.getEmail(), null)));
        });
    }

    /** The manager removes a colleague; the manager cannot remove themselves (a company always has one). */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void removeMember(long companyId, String memberSubject) {
        Membership manager = access.managerOf(companyId);
        if (manager.getUserSubject().equals(memberSubject)) {
            throw new AccessDeniedException("the manager cannot remove themselves");
        }
        Membership member = memberships.findById(memberSubject).filter(m -> m.getCompanyId() == companyId)
                .orElseThrow(() -> new CompanyNotFoundException(companyId));
        memberships.delete(member);
        history.record(companyId, currentUser.require(),
                List.of(new FieldChange("memberRemoved", member.getDisplayName(), null)));
    }
}
