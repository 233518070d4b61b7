package kr.innocluster.portal.company;

/** A request to join a company waits for its manager, who approves or declines it; the requester may cancel it. */
public enum JoinRequestStatus {
    PENDING, APPROVED, DECLINED, CANCELLED
}
