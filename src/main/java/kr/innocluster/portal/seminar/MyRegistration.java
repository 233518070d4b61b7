package kr.innocluster.portal.seminar;

import java.time.Instant;

/** One of the signed-in user's own registrations (phone masked, ticket only when confirmed). */
public record MyRegistration(long id, long seminarId, String seminarTitle, String venue, Instant startsAt,
                             Instant endsAt, SeminarStatus seminarStatus, RegistrationStatus status,
                             Integer waitlistPosition, String ticketCode, String name, String organisation,
                             String email, String maskedPhone, Instant checkedInAt, String certificateCode,
                             boolean cancellable, boolean certificateAvailable, boolean surveyOpen) {

    /**
     * The ticket's QR code (PNG) as the door scanner reads it: the code itself, drawn here without asking the
     * database again (the list that carried this ticket was already the caller's own). Only for a shown ticket.
     */
    public byte[] ticketQrPng() {
        if (ticketCode == null) {
            throw new IllegalStateException("no ticket to draw");
        }
        return QrCodes.png(TicketCodes.normalise(ticketCode), 320);
    }

    public boolean confirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }

    public boolean waitlisted() {
        return status == RegistrationStatus.WAITLISTED;
    }

    public boolean cancelled() {
        return status == RegistrationStatus.CANCELLED;
    }

    /** The seminar itself was called off (the registration then reads cancelled too). */
    public boolean seminarCancelled() {
        return seminarStatus == SeminarStatus.CANCELLED;
    }
}
