package kr.innocluster.portal.pilotproject;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An anonymised case in the public library: no company, no solution name, no run data. */
public record CaseStudy(long id, String title, String objective, PilotIndustry industry, Set<TechnologyTag> tags,
                        List<String> resources, Instant periodStart, Instant periodEnd, List<KpiView> kpis,
                        Instant verifiedAt) {
}
