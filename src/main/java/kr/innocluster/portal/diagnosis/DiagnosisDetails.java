package kr.innocluster.portal.diagnosis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A diagnosis with its answers: the company's own ({@code selfAnswers}) and, once confirmed, the confirmer's
 * (possibly corrected) ones; {@code result} is computed from the confirmed answers when there are any.
 */
public record DiagnosisDetails(long id, long companyId, String companyName, DiagnosisStatus status,
                               Map<String, Integer> selfAnswers, Map<String, Integer> confirmedAnswers,
                               DiagnosisResult selfResult, DiagnosisResult result, Instant submittedAt,
                               String confirmedBy, Instant confirmedAt, LocalDate visitDate, String notes,
                               long version) {

    public DiagnosisDetails {
        selfAnswers = Map.copyOf(selfAnswers);
        confirmedAnswers = confirmedAnswers == null ? Map.of() : Map.copyOf(confirmedAnswers);
    }

    public boolean confirmed() {
        return status == DiagnosisStatus.CONFIRMED;
    }
}
