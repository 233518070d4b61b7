package kr.innocluster.portal.seminar;

import java.time.Instant;

/** One of the signed-in user's own registrations (phone masked, ticket only when confirmed). */
public record MyRegistration(long id, long seminarId, String seminarTitle, String venue, Instant startsAt,
                             Instant endsAt, SeminarStatus seminarStatus, RegistrationStatus status,
                             Integer waitlistPosition, String ticketCode, String name, String organisation,
                             String email, String maskedPhone, Instant checkedInAt, String certificateCode,
                             boolean cancellable, boolean certificateAvailable, boolean surveyOpen) {

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
