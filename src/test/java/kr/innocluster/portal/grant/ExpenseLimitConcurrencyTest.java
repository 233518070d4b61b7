package kr.innocluster.portal.grant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Many expenses entered at the same moment against one budget line never take it over its budget. */
@IntegrationTest
class ExpenseLimitConcurrencyTest {

    private static final int ENTRIES = 30;
    private static final long AMOUNT = 1_500_000L;

    @Autowired
    GrantFixtures fixtures;
    @Autowired
    GrantProjectService projects;
    @Autowired
    ExpenseService expenses;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void simultaneousExpensesNeverOverspendALineAndTheRefusedAreToldWhatIsLeft() throws Exception {
        GrantFixtures.Agreed agreed = fixtures.agreedGrant("concurrent");
        long projectId = fixtures.activeProject(agreed);
        TestUsers.signIn(agreed.companyUser(), "company");
        BudgetLineView line = projects.project(projectId).lines().getFirst();
        assertThat(line.budget()).isEqualTo(20_000_000L);

        ExecutorService pool = Executors.newFixedThreadPool(ENTRIES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Throwable>> results = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            results.add(pool.submit(() -> {
                TestUsers.signIn(agreed.companyUser(), "company");
                start.await();
                try {
                    expenses.record(projectId, GrantFixtures.expense(line.id(), AMOUNT));
                    return null;
                } catch (Throwable refused) {
                    return refused;
                } finally {
                    TestUsers.signOut();
                }
            }));
        }
        start.countDown();
        List<Throwable> refusals = new ArrayList<>();
        for (Future<Throwable> result : results) {
            Throwable outcome = result.get();
            if (outcome != null) {
                refusals.add(outcome);
            }
        }
        pool.shutdown();

        long fits = line.budget() / AMOUNT;
        long spent = jdbc.queryForObject("select spent from grant_budget_line where id = ?", Long.class, line.id());
        long recorded = jdbc.queryForObject("select coalesce(sum(amount), 0) from grant_expense where line_id = ? "
                + "and status <> 'DISALLOWED'", Long.class, line.id());
        assertThat(ENTRIES - refusals.size()).isEqualTo((int) fits);
        assertThat(spent).isEqualTo(fits * AMOUNT).isEqualTo(recorded).isLessThanOrEqualTo(line.budget());
        assertThat(refusals).allSatisfy(refusal -> {
            assertThat(refusal).isExactlyInstanceOf(ConflictException.class);
            ConflictException conflict = (ConflictException) refusal;
            assertThat(conflict.messageKey()).isEqualTo("grant.error.overBudget");
            assertThat(conflict.args()).containsExactly("재료비", "₩500,000", "₩1,500,000");
            assertThat(conflict.fieldErrorKeys()).containsEntry("supplyAmount", "grant.error.overBudget");
        });
        TestUsers.signIn(agreed.companyUser(), "company");
        BudgetLineView after = projects.project(projectId).lines().getFirst();
        assertThat(after.left()).isEqualTo(line.budget() - fits * AMOUNT);
        assertThat(expenses.countExpenses(projectId)).isEqualTo((int) fits);
        System.out.printf("ExpenseLimitConcurrencyTest: %d simultaneous expenses of %,d KRW on a %,d KRW line: "
                + "%d accepted, %d refused, spent %,d KRW%n", ENTRIES, AMOUNT, line.budget(), fits, refusals.size(),
                spent);
    }

    @Test
    void aDisallowedExpenseFreesItsAmountAndTheDatabaseRefusesAnOverspentLine() {
        GrantFixtures.Agreed agreed = fixtures.agreedGrant("free");
        long projectId = fixtures.activeProject(agreed);
        TestUsers.signIn(agreed.companyUser(), "company");
        BudgetLineView line = projects.project(projectId).lines().getFirst();
        long first = expenses.record(projectId, GrantFixtures.expense(line.id(), 12_000_000L));
        assertThatThrownBy(() -> expenses.record(projectId, GrantFixtures.expense(line.id(), 9_000_000L)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.args()).containsExactly("재료비", "₩8,000,000", "₩9,000,000"));

        TestUsers.signIn("official", "official");
        expenses.disallow(first, "견적 비교 없음");
        TestUsers.signIn(agreed.companyUser(), "company");
        expenses.record(projectId, GrantFixtures.expense(line.id(), 9_000_000L));
        BudgetLineView after = projects.project(projectId).lines().getFirst();
        assertThat(after.spent()).isEqualTo(9_000_000L);
        assertThat(after.disallowed()).isEqualTo(12_000_000L);

        assertThatThrownBy(() -> jdbc.update("update grant_budget_line set spent = grant_amount + own_amount + 1 "
                + "where id = ?", line.id())).hasMessageContaining("grant_budget_line_cap");
    }
}
