package kr.innocluster.portal.company;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.company.domain.FieldChange;
import kr.innocluster.portal.company.domain.InvitationRepository;
import kr.innocluster.portal.company.domain.Membership;
import kr.innocluster.portal.company.domain.MembershipRepository;
import kr.innocluster.portal.security.PortalUser;
import org.springframework.stereotype.Component;

/**
 * Turns an open invitation into a membership when the invited person signs in with the company role. Only
 * Keycloak-managed company users reach this (the role is granted by staff), so the email claim is trusted.
 */
@Component
class CompanyInvitations {

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final CompanyHistory history;
    private final Clock clock;

    CompanyInvitations(InvitationRepository invitations, MembershipRepository memberships, CompanyHistory history,
                       Clock clock) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.history = history;
        this.clock = clock;
    }

    Optional<Membership> acceptFor(PortalUser user) {
        if (user.email() == null || user.email().isBlank()) {
            return Optional.empty();
        }
        return invitations.findFirstForEmail(user.email()).map(invitation -> {
            Membership membership = memberships.save(new Membership(user.subject(), invitation.getCompanyId(), false,
                    user.displayName(), user.email(), clock.instant()));
            invitations.delete(invitation);
            history.record(invitation.getCompanyId(), user,
                    List.of(new FieldChange("memberJoined", null, user.displayName())));
            return membership;
        });
    }
}
