package kr.innocluster.portal.matching;

import java.util.Set;
import kr.innocluster.portal.diagnosis.DiagnosisArea;

/**
 * What the ranking knows about a demand company: its KSIC section, the weak areas of its latest diagnosis, the
 * categories it asked for and its budget ({@code null} = not stated).
 */
public record DemandProfile(String ksicSection, Set<DiagnosisArea> weakAreas, Set<SolutionCategory> neededCategories,
                            Long budgetMax) {

    public DemandProfile {
        weakAreas = Set.copyOf(weakAreas);
        neededCategories = Set.copyOf(neededCategories);
    }
}
