package kr.innocluster.portal.program;

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

/** Many officials approving grants of one program at the same moment never take it past its budget. */
@IntegrationTest
class GrantBudgetConcurrencyTest {

    private static final int APPLICATIONS = 12;
    private static final long BUDGET = 100_000_000L;
    private static final long GRANT = 20_000_000L;

    @Autowired
    ProgramFixtures fixtures;
    @Autowired
    SelectionService selection;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void simultaneousApprovalsNeverExceedTheBudgetAndTheRefusedGetAClearError() throws Exception {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("동시 승인 사업"), BUDGET, 30_000_000L));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            long id = fixtures.submittedApplication(programId, fixtures.newCompanyUser("budget"), 30_000_000L);
            fixtures.reviewed(id, "budget-reviewer", 4);
            ids.add(id);
        }

        ExecutorService pool = Executors.newFixedThreadPool(APPLICATIONS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Throwable>> results = new ArrayList<>();
        for (long id : ids) {
            results.add(pool.submit(() -> {
                TestUsers.signIn("official", "official");
                start.await();
                try {
                    selection.select(id, GRANT, "동시 승인");
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

        long approvedTotal = jdbc.queryForObject("select approved_total from program where id = ?", Long.class, programId);
        Long grantedSum = jdbc.queryForObject("select coalesce(sum(granted_amount), 0) from grant_application "
                + "where program_id = ? and status = 'SELECTED'", Long.class, programId);
        assertThat(approvedTotal).isEqualTo(BUDGET).isEqualTo(grantedSum);
        assertThat(APPLICATIONS - refusals.size()).isEqualTo((int) (BUDGET / GRANT));
        assertThat(refusals).allSatisfy(refusal -> {
            assertThat(refusal).isExactlyInstanceOf(ConflictException.class);
            assertThat(((ConflictException) refusal).messageKey()).isEqualTo("program.error.budgetExceeded");
            assertThat(((ConflictException) refusal).args()).containsExactly(0L);
        });
        System.out.printf("GrantBudgetConcurrencyTest: %d simultaneous approvals, %d granted, %d refused, "
                + "approved %,d of %,d KRW%n", APPLICATIONS, APPLICATIONS - refusals.size(), refusals.size(),
                approvedTotal, BUDGET);
    }

    @Test
    void theDatabaseItselfRefusesAnOverspentProgram() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("제약 확인 사업"), BUDGET, GRANT));

        assertThatThrownBy(() -> jdbc.update("update program set approved_total = total_budget + 1 where id = ?",
                programId)).hasMessageContaining("program_budget_not_overspent");
    }
}
