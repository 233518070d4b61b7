package kr.innocluster.portal.pilotproject;

import java.time.Instant;

/** A project in a list: its own company and staff see these. */
public record ProjectSummary(long id, long companyId, String companyName, String title, String solution,
                             ProjectStatus status, DataScope scope, boolean publishVerification, int plannedRuns,
                             Instant createdAt) {
}
