package kr.innocluster.portal.diagnosis;

import java.util.List;

/**
 * Where a company's latest diagnosis shows it weakest, for matching: {@code weakAreas} are the areas whose level is
 * below the overall level, or, when all are level, the areas of the lowest level (none when everything is level 5).
 */
public record DiagnosisGaps(long diagnosisId, int overallLevel, boolean confirmed, List<DiagnosisArea> weakAreas) {

    public DiagnosisGaps {
        weakAreas = List.copyOf(weakAreas);
    }

    static DiagnosisGaps of(long id, boolean confirmed, DiagnosisResult result) {
        List<DiagnosisArea> below = result.areas().stream().filter(a -> a.level() < result.overallLevel())
                .map(AreaResult::area).toList();
        if (below.isEmpty()) {
            int lowest = result.areas().stream().mapToInt(AreaResult::level).min().orElse(5);
            below = lowest >= 5 ? List.of() : result.areas().stream().filter(a -> a.level() == lowest)
                    .map(AreaResult::area).toList();
        }
        return new DiagnosisGaps(id, result.overallLevel(), confirmed, below);
    }
}
