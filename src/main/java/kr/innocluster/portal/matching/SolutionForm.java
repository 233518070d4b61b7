package kr.innocluster.portal.matching;

import java.util.List;
import java.util.Set;
import kr.innocluster.portal.diagnosis.DiagnosisArea;

/**
 * What a supplier publishes about a solution (an editable copy; the service validates it). {@code targetSections}
 * are KSIC section letters (C = manufacturing); {@code areas} the diagnosis areas the solution improves; prices in won.
 */
public record SolutionForm(String name, SolutionCategory category, String tags, Set<String> targetSections,
                           Set<DiagnosisArea> areas, Long priceMin, Long priceMax, Integer projectMonths,
                           String description, String referenceDeployments) {

    public List<String> tagList() {
        return tags == null ? List.of() : java.util.Arrays.stream(tags.split("[,#]")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
    }
}
