package kr.innocluster.portal.program;

/** A budget line of an agreement (e.g. 재료비, 외주용역비) and its amount in KRW. */
public record BudgetLine(String item, long amount) {
}
