package kr.innocluster.portal.seminar;

import java.time.Instant;

/** One of the signed-in user's own registrations (phone masked, ticket only when confirmed). */
public record MyRegistration(long id, long seminarId, String seminarTitle, String venue, Instant startsAt,
                             Instant endsAt, String seminarStatus, String status, Integer waitlistPosition,
                             String ticketCode, String name, String organisation, String email, String maskedPhone,
                             Instant checkedInAt, String certificateCode, boolean cancellable,
                             boolean certificateAvailable, boolean surveyOpen) {

    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }

    public boolean waitlisted() {
        return "WAITLISTED".equals(status);
    }
}
