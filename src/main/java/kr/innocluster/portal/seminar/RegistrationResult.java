package kr.innocluster.portal.seminar;

/**
 * The outcome of registering: a confirmed seat with a ticket, a place in the waitlist, or (for an address other than
 * the account's verified one) nothing yet: a link went to that address, and the registration is made when it is
 * opened ({@code emailConfirmationPending}, no registration id).
 */
public record RegistrationResult(long registrationId, boolean confirmed, Integer waitlistPosition, String ticketCode,
                                 boolean emailConfirmationPending) {

    public RegistrationResult(long registrationId, boolean confirmed, Integer waitlistPosition, String ticketCode) {
        this(registrationId, confirmed, waitlistPosition, ticketCode, false);
    }

    static RegistrationResult awaitingEmailConfirmation() {
        return new RegistrationResult(0, false, null, null, true);
    }
}
