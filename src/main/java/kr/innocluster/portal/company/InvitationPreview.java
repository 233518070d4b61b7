package kr.innocluster.portal.company;

import java.time.Instant;

/**
 * The acceptance screen's view of an invitation link. The company, inviter, address and expiry are filled only when
 * the signed-in person may accept it, so a forwarded or stale link tells nobody else anything.
 */
public record InvitationPreview(InvitationCheck check, String companyName, String invitedBy, String email,
                                Instant expiresAt) {

    static InvitationPreview refused(InvitationCheck check) {
        return new InvitationPreview(check, null, null, null, null);
    }

    public boolean acceptable() {
        return check == InvitationCheck.ACCEPTABLE;
    }
}
