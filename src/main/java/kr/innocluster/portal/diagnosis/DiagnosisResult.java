package kr.innocluster.portal.diagnosis;

import java.util.List;

/** Overall score and level and one result per area, in {@link DiagnosisArea} order. */
public record DiagnosisResult(int overallScore, int overallLevel, List<AreaResult> areas) {

    public DiagnosisResult {
        areas = List.copyOf(areas);
    }

    public AreaResult area(DiagnosisArea area) {
        return areas.stream().filter(a -> a.area() == area).findFirst().orElseThrow();
    }
}
