package kr.innocluster.portal.program;

import java.time.Instant;

/**
 * An application whose agreement the company confirmed (status {@link ApplicationStatus#AGREED}), with what the
 * post-award cycle needs: the program, the company, the goals stated in the application, the person to notify and
 * the agreed terms.
 */
public record AgreedGrant(long applicationId, long programId, String programTitle, long companyId, String companyName,
                          String projectTitle, String goals, String applicantSubject, String applicantName,
                          String applicantEmail, AgreementTerms terms, Instant confirmedAt) {
}
