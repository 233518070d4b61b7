package kr.innocluster.portal.diagnosis;

import java.time.Instant;
import java.time.LocalDate;

/** One diagnosis in a list (history, awaiting confirmation). */
public record DiagnosisSummary(long id, long companyId, String companyName, DiagnosisStatus status, int overallScore,
                               int overallLevel, Instant submittedAt, LocalDate visitDate, String confirmedBy) {
}
