package kr.innocluster.portal.grant;

import java.time.LocalDate;
import java.util.List;

/** The contract terms an official prepares: period, own contribution split, lines and KPIs. */
public record ContractForm(LocalDate periodStart, LocalDate periodEnd, Long ownCash, Long ownInKind,
                           boolean deductsInputVat, List<LineAmounts> lines, List<KpiLine> kpis) {

    public ContractForm {
        lines = List.copyOf(lines);
        kpis = List.copyOf(kpis);
    }

    /** A line's grant and own-contribution amounts. */
    public record LineAmounts(String category, long grantAmount, long ownAmount) {
    }

    /** An agreed KPI and its target. */
    public record KpiLine(String name, String target) {
    }
}
