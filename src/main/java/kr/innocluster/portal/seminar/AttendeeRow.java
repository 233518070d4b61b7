package kr.innocluster.portal.seminar;

import java.time.Instant;

/** A registration as officials see it: unmasked contact data (officials only). */
public record AttendeeRow(long id, RegistrationStatus status, Integer waitlistNumber, String name, String organisation,
                          String email, String phone, String ticketCode, Instant registeredAt, Instant checkedInAt,
                          String certificateCode) {
}
