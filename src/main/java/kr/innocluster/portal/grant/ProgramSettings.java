package kr.innocluster.portal.grant;

import java.util.List;

/**
 * A program's post-award settings (its notice wins over general practice): budget categories (비목), the company's
 * minimum share of the total and the minimum cash part of that share, the limit up to which money moved between lines
 * is only a notice (percent of the line it leaves), the years of follow-up surveys, the instalment plan (percent of the
 * grant per instalment) and the KPIs every project reports on.
 */
public record ProgramSettings(long programId, List<String> categories, int minOwnPercent, int minCashPercent,
                              int changeLimitPercent, int followUpYears, List<Integer> instalmentPercents,
                              List<String> kpis) {

    public ProgramSettings {
        categories = List.copyOf(categories);
        instalmentPercents = List.copyOf(instalmentPercents);
        kpis = List.copyOf(kpis);
    }

    /**
     * Techno-park non-R&D practice: 25% own share, 10% of it in cash, 20% moves by notice, 3 years, 50/50; the
     * category and KPI names come from the Korean bundle ({@code grant.defaults.*}).
     */
    public static ProgramSettings defaults(long programId, List<String> categories, List<String> kpis) {
        return new ProgramSettings(programId, categories, 25, 10, 20, 3, List.of(50, 50), kpis);
    }
}
