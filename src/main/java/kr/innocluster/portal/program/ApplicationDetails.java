package kr.innocluster.portal.program;

import java.time.Instant;
import java.util.List;

/** One application with what its viewer may see: documents, the program's requirements and the timeline. */
public record ApplicationDetails(long id, long programId, String programTitle, Instant programClosesAt,
                                 long maxGrant, String companyName, String projectTitle, String summary,
                                 long requestedAmount, ApplicationStatus status, String correctionNote,
                                 String decisionReason, Long grantedAmount, Instant submittedAt,
                                 Eligibility eligibility, List<DocumentInfo> documents, List<String> requiredDocuments,
                                 List<FileType> fileTypes, int maxFileMb, List<TimelineEntry> timeline) {
}
