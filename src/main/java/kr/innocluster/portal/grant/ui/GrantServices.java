package kr.innocluster.portal.grant.ui;

import kr.innocluster.portal.grant.ChangeService;
import kr.innocluster.portal.grant.ExpenseService;
import kr.innocluster.portal.grant.GrantProjectService;
import kr.innocluster.portal.grant.OutcomeService;
import kr.innocluster.portal.grant.ReportService;
import kr.innocluster.portal.grant.SettlementService;
import org.springframework.stereotype.Component;

/** The grant services a project page's tabs call, in one bean so the tabs take one argument. */
@Component
record GrantServices(GrantProjectService projects, ExpenseService expenses, ReportService reports,
                     ChangeService changes, SettlementService settlement, OutcomeService outcomes) {
}
