package kr.innocluster.portal.program;

import java.time.Instant;

/** A recorded agreement and whether (and when) the company confirmed it. */
public record AgreementDetails(long applicationId, String programTitle, String companyName, String projectTitle,
                               AgreementTerms terms, Instant confirmedAt, String confirmedBy) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
