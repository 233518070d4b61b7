package kr.innocluster.portal.grant.domain;

import java.time.Instant;
import java.time.LocalDate;
import kr.innocluster.portal.grant.ProjectStatus;

/** A grant_project row. */
public record ProjectRow(long id, long applicationId, long programId, long companyId, String programTitle,
                         String companyName, String projectTitle, String goals, String applicantSubject,
                         String applicantName, String applicantEmail, long governmentGrant, ProjectStatus status,
                         LocalDate periodStart, LocalDate periodEnd, long ownCash, long ownInKind,
                         boolean deductsInputVat, int version, Instant companyConfirmedAt, String companyConfirmedBy,
                         Instant officialConfirmedAt, String officialConfirmedBy, Long interest, Long recovery,
                         Instant settledAt, String settledBy) {
}
