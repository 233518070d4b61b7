package kr.innocluster.portal.company;

/** An invitation is open until it is accepted (once), revoked by the manager, or found expired. */
public enum InvitationStatus {
    OPEN, ACCEPTED, REVOKED, EXPIRED
}
