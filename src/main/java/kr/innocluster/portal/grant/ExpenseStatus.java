package kr.innocluster.portal.grant;

/** An expense as recorded (counts against the line), accepted by an official, or disallowed (불인정, frees it). */
public enum ExpenseStatus {
    SUBMITTED, ACCEPTED, DISALLOWED;

    public boolean counts() {
        return this != DISALLOWED;
    }
}
