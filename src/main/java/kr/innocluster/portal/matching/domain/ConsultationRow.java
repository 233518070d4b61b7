package kr.innocluster.portal.matching.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A consultation request as stored. */
public record ConsultationRow(long id, long solutionId, String solutionName, long supplierCompanyId,
                              String supplierName, long demandCompanyId, String demandCompanyName, Long programId,
                              String message, String status, boolean supplierContracted, boolean demandContracted,
                              String declineReason, String requestedBy, Instant requestedAt, Instant decidedAt,
                              LocalDate contractedOn, Integer rating, String ratingComment, LocalDate followUpDue,
                              boolean followUpReminded, Boolean followUpInUse, String followUpNote,
                              Instant followUpAt) {
}
