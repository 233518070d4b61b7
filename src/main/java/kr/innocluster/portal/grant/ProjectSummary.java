package kr.innocluster.portal.grant;

import java.time.LocalDate;

/** A grant project in a list: who, what, state, period and the money so far. */
public record ProjectSummary(long id, long applicationId, long programId, String programTitle, String companyName,
                             String projectTitle, ProjectStatus status, LocalDate periodStart, LocalDate periodEnd,
                             long governmentGrant, long paid, long spent) {
}
