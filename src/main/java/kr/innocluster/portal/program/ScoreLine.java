package kr.innocluster.portal.program;

/** One rubric item on a review sheet with the reviewer's score (1-5, null until given) and comment. */
public record ScoreLine(long rubricItemId, String name, int weight, Integer score, String comment) {
}
