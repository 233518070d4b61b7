package kr.innocluster.portal.program;

import java.time.Instant;

/** An application in a list. {@code companyName} is null where the viewer may not know it (blind review). */
public record ApplicationSummary(long id, long programId, String programTitle, String companyName,
                                 String projectTitle, long requestedAmount, ApplicationStatus status,
                                 Boolean eligible, Instant submittedAt, Long grantedAmount) {
}
