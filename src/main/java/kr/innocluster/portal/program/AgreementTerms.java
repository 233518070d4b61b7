package kr.innocluster.portal.program;

import java.time.LocalDate;
import java.util.List;

/** The terms of an agreement (협약) as officials record them. */
public record AgreementTerms(LocalDate periodStart, LocalDate periodEnd, Long governmentGrant,
                             Long companyContribution, List<BudgetLine> lines) {
}
