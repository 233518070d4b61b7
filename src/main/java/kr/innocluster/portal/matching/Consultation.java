package kr.innocluster.portal.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A consultation between a demand company and a supplier about one solution, with its meetings. */
public record Consultation(long id, long solutionId, String solutionName, long supplierCompanyId, String supplierName,
                           long demandCompanyId, String demandCompanyName, Long programId, String message,
                           ConsultationStatus status, boolean supplierContracted, boolean demandContracted,
                           String declineReason, Instant requestedAt, LocalDate contractedOn, Integer rating,
                           String ratingComment, LocalDate followUpDue, Boolean followUpInUse, String followUpNote,
                           List<Meeting> meetings) {

    public Consultation {
        meetings = List.copyOf(meetings);
    }

    public record Meeting(LocalDate metOn, String notes, String recordedBy) {
    }
}
