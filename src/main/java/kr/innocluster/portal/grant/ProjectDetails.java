package kr.innocluster.portal.grant;

import java.time.Instant;
import java.util.List;

/** Everything a project page shows: the contract in force, money in and out, reports and the settlement. */
public record ProjectDetails(ProjectSummary summary, String goals, long ownCash, long ownInKind,
                             boolean deductsInputVat, int version, Instant companyConfirmedAt,
                             String companyConfirmedBy, Instant officialConfirmedAt, String officialConfirmedBy,
                             List<BudgetLineView> lines, List<KpiView> kpis, List<InstalmentView> instalments,
                             List<ReportView> reports, Long interest, Long recovery, Instant settledAt,
                             String settledBy, ProgramSettings settings) {

    public long id() {
        return summary.id();
    }

    public ProjectStatus status() {
        return summary.status();
    }

    public long ownContribution() {
        return ownCash + ownInKind;
    }

    public long total() {
        return summary.governmentGrant() + ownContribution();
    }
}
