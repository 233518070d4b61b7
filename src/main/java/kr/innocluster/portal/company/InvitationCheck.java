package kr.innocluster.portal.company;

/**
 * What an invitation link means for the signed-in person: only {@code ACCEPTABLE} lets them join. Every other value
 * is a refusal with its own message ({@code company.invitation.refused.<NAME>}).
 */
public enum InvitationCheck {
    ACCEPTABLE, UNKNOWN, USED, REVOKED, EXPIRED, EMAIL_UNVERIFIED, WRONG_PERSON, ALREADY_MEMBER;

    public String messageKey() {
        return "company.invitation.refused." + name();
    }
}
