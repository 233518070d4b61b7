package kr.innocluster.portal.seminar;

import java.util.List;
import java.util.Map;

/** The satisfaction survey of one seminar, for officials. */
public record SurveyResults(long attended, long responses, double overallAverage, double usefulnessAverage,
                            Map<Integer, Long> overallDistribution, List<String> comments) {
}
