package kr.innocluster.portal.grant;

/** Outcomes summed over the answered surveys of one follow-up year (0 = the year before support). */
public record OutcomeTotals(int yearNo, long answers, long sales, long exports, long employees, long newHires,
                            long patents, long investment, long products) {
}
