package kr.innocluster.portal.diagnosis;

/** One area's result: score 0–100 and the level 1–5 it maps to. */
public record AreaResult(DiagnosisArea area, int score, int level) {
}
