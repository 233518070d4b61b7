package kr.innocluster.portal.matching;

import java.util.List;
import java.util.Set;
import kr.innocluster.portal.diagnosis.DiagnosisArea;

/** A solution in the catalogue with its supplier's track record. */
public record SolutionSummary(long id, long supplierCompanyId, String supplierName, String name,
                              SolutionCategory category, List<String> tags, Set<String> targetSections,
                              Set<DiagnosisArea> areas, Long priceMin, Long priceMax, Integer projectMonths,
                              String description, String referenceDeployments, TrackRecord trackRecord) {

    public SolutionSummary {
        tags = List.copyOf(tags);
        targetSections = Set.copyOf(targetSections);
        areas = Set.copyOf(areas);
    }

    public SolutionSummary withTrackRecord(TrackRecord record) {
        return new SolutionSummary(id, supplierCompanyId, supplierName, name, category, tags, targetSections, areas,
                priceMin, priceMax, projectMonths, description, referenceDeployments, record);
    }
}
