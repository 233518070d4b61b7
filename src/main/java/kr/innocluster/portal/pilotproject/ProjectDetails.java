package kr.innocluster.portal.pilotproject;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything about a project its own company and the pilot factory's staff see. {@code mine}: the viewer is a member
 * of the project's company (may attach bookings and change the terms); {@code staff}: operator or official.
 */
public record ProjectDetails(long id, long companyId, String companyName, String title, String solution,
                             String objective, PilotIndustry industry, Set<TechnologyTag> tags, int plannedRuns,
                             ProjectStatus status, TermsState terms, List<KpiView> kpis,
                             List<AttachedBooking> bookings, List<RunView> runs, String certificateCode,
                             String verifiedByName, Instant verifiedAt, Instant publishedAt, Instant createdAt,
                             boolean mine, boolean staff) {
}
