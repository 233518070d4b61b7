package kr.innocluster.portal.grant;

import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract holds the program's minimum shares; a change within the program's limit is a notice applied at once,
 * beyond it a request; no change cuts a line below what is spent on it; every applied change is a new version.
 */
@IntegrationTest
class ContractAndChangeRulesTest {

    @Autowired
    GrantFixtures fixtures;
    @Autowired
    GrantProjectService projects;
    @Autowired
    ExpenseService expenses;
    @Autowired
    ChangeService changes;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theContractRefusesTooLittleCashAndNeedsBothConfirmations() {
        GrantFixtures.Agreed agreed = fixtures.agreedGrant("contract");
        TestUsers.signIn("official", "official");
        long projectId = projects.prepareContract(agreed.applicationId());
        ContractForm form = projects.contractForm(projectId);
        ContractForm littleCash = new ContractForm(form.periodStart(), form.periodEnd(), 500_000L, 9_500_000L, true,
                form.lines(), form.kpis());
        assertThatThrownBy(() -> projects.updateContract(projectId, littleCash))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.fieldErrorKeys())
                        .containsEntry("ownCash", "grant.validation.minCash"));
        ContractForm wrongSum = new ContractForm(form.periodStart(), form.periodEnd(), 10_000_000L, 0L, true,
                List.of(new ContractForm.LineAmounts("재료비", 20_000_000L, 10_000_000L)), form.kpis());
        assertThatThrownBy(() -> projects.updateContract(projectId, wrongSum))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.fieldErrorKeys())
                        .containsEntry("lines", "grant.validation.grantSum"));

        projects.confirmContract(projectId);
        assertThat(projects.project(projectId).status()).isEqualTo(ProjectStatus.CONTRACTING);
        TestUsers.signIn(agreed.companyUser(), "company");
        projects.confirmContract(projectId);
        ProjectDetails active = projects.project(projectId);
        assertThat(active.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(active.instalments()).extracting(InstalmentView::amount).containsExactly(15_000_000L, 15_000_000L);
        assertThat(active.reports()).extracting(ReportView::kind).containsExactly(ReportKind.INTERIM, ReportKind.FINAL);
        assertThat(new String(projects.contractPdf(projectId), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void smallMovesAreNoticesLargerOnesRequestsAndNoLineFallsBelowItsSpending() {
        GrantFixtures.Agreed agreed = fixtures.agreedGrant("change");
        long projectId = fixtures.activeProject(agreed);
        TestUsers.signIn(agreed.companyUser(), "company");
        List<BudgetLineView> lines = projects.project(projectId).lines();
        long materials = lines.get(0).id();
        long outsourcing = lines.get(1).id();
        java.time.LocalDate end = projects.project(projectId).summary().periodEnd();
        expenses.record(projectId, GrantFixtures.expense(materials, 17_000_000L));

        // 1,000,000 of a 20,000,000 line (5%, within the default 20%): a notice, applied at once
        assertThat(changes.propose(projectId, new ChangeForm(materials, outsourcing, 1_000_000L, 0, null,
                "용역 범위 확대"))).isEqualTo(ChangeKind.NOTICE);
        assertThat(projects.project(projectId).lines().get(0).budget()).isEqualTo(19_000_000L);
        // within the limit, but it would leave 16,000,000 under 17,000,000 spent
        assertThatThrownBy(() -> changes.propose(projectId, new ChangeForm(materials, outsourcing, 3_000_000L, 0,
                null, "추가 이동"))).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("grant.error.belowSpent"));
        // 4,500,000 of a 21,000,000 line (21%): a request, applied only when approved
        assertThat(changes.propose(projectId, new ChangeForm(outsourcing, materials, 4_000_000L, 500_000L, null,
                "장비 추가"))).isEqualTo(ChangeKind.REQUEST);
        assertThat(projects.project(projectId).lines().get(1).budget()).isEqualTo(21_000_000L);
        assertThat(changes.propose(projectId, new ChangeForm(null, null, 0, 0,
                end.plusMonths(3), "납기 지연")))
                .isEqualTo(ChangeKind.REQUEST);

        TestUsers.signIn("official", "official");
        List<ChangeView> pending = changes.changes(projectId).stream()
                .filter(c -> c.status() == ChangeStatus.PENDING).toList();
        ChangeView move = pending.stream().filter(c -> c.fromCategory() != null).findFirst().orElseThrow();
        ChangeView extension = pending.stream().filter(c -> c.newPeriodEnd() != null).findFirst().orElseThrow();
        changes.approve(move.id(), "타당함");
        changes.reject(extension.id(), "연장 사유 불충분");
        ChangeView notice = changes.changes(projectId).stream().filter(c -> c.kind() == ChangeKind.NOTICE)
                .findFirst().orElseThrow();
        changes.acknowledge(notice.id());

        ProjectDetails after = projects.project(projectId);
        assertThat(after.lines()).extracting(BudgetLineView::budget).containsExactly(23_500_000L, 16_500_000L);
        assertThat(after.lines().stream().mapToLong(BudgetLineView::grantAmount).sum()).isEqualTo(GrantFixtures.GRANT);
        assertThat(projects.versions(projectId)).extracting(AgreementVersion::version).containsExactly(3, 2, 1);
        assertThat(changes.changes(projectId)).extracting(ChangeView::status)
                .containsExactlyInAnyOrder(ChangeStatus.ACKNOWLEDGED, ChangeStatus.APPROVED, ChangeStatus.REJECTED);
        assertThat(after.summary().periodEnd()).as("the rejected extension changed nothing").isEqualTo(end);
    }
}
