package kr.innocluster.portal.program;

/** One rubric item: its name (기술성, 사업성 ...) and weight; weights of a program sum to 100. */
public record RubricLine(String name, int weight) {
}
