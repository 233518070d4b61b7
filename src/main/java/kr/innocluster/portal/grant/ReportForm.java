package kr.innocluster.portal.grant;

import java.util.List;

/** What the company reports: achievements against the goals, and what was achieved per KPI (in KPI order). */
public record ReportForm(String achievements, List<String> kpiAchieved) {

    public ReportForm {
        kpiAchieved = List.copyOf(kpiAchieved);
    }
}
