package kr.innocluster.portal.seminar;

/** The outcome of registering: a confirmed seat with a ticket, or a place in the waitlist. */
public record RegistrationResult(long registrationId, boolean confirmed, Integer waitlistPosition, String ticketCode) {
}
