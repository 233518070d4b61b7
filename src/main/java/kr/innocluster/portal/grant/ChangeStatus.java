package kr.innocluster.portal.grant;

/** NOTIFIED: applied, waiting for the official to acknowledge; PENDING: a request awaiting a decision. */
public enum ChangeStatus {
    NOTIFIED, ACKNOWLEDGED, PENDING, APPROVED, REJECTED
}
