package kr.innocluster.portal.company;

/** Where a verified company's request to change its verified facts stands. */
public enum ChangeRequestStatus {
    PENDING, APPROVED, REJECTED, WITHDRAWN
}
