package kr.innocluster.portal.diagnosis.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A stored diagnosis, as the table holds it. */
public record DiagnosisRow(long id, long companyId, String companyName, String region, String ksicSection,
                           String status, String selfAnswers, String confirmedAnswers, int overallScore,
                           int overallLevel, String submittedBy, Instant submittedAt, String confirmedBy,
                           Instant confirmedAt, LocalDate visitDate, String confirmationNotes, long version) {
}
