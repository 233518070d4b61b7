package kr.innocluster.portal.seminar;

/** One person's registration: a confirmed seat, a place in the waitlist, or cancelled. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
