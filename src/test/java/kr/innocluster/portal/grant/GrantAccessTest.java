package kr.innocluster.portal.grant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.program.AgreedGrants;
import kr.innocluster.portal.program.AuditAction;
import kr.innocluster.portal.security.TestUsers;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every id-addressed method of the post-award services: the project's own company may, another company gets
 * not-found exactly as for a missing id, a reviewer is refused everything, officials see and decide everything.
 */
@IntegrationTest
class GrantAccessTest {

    @Autowired
    GrantFixtures fixtures;
    @Autowired
    GrantProjectService projects;
    @Autowired
    ExpenseService expenses;
    @Autowired
    ReportService reports;
    @Autowired
    ChangeService changes;
    @Autowired
    SettlementService settlement;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    AgreedGrants agreedGrants;

    private GrantFixtures.Agreed agreed;
    private long projectId;
    private long lineId;
    private long expenseId;
    private long fileId;
    private long reportId;
    private long changeId;
    private long instalmentId;

    @BeforeEach
    void aRunningProjectOfOneCompany() {
        agreed = fixtures.agreedGrant("access");
        projectId = fixtures.activeProject(agreed);
        TestUsers.signIn(agreed.companyUser(), "company");
        ProjectDetails d = projects.project(projectId);
        lineId = d.lines().getFirst().id();
        reportId = d.reports().getFirst().id();
        instalmentId = d.instalments().getFirst().id();
        expenseId = expenses.record(projectId, GrantFixtures.expense(lineId, 1_000_000L));
        fileId = expenses.attachEvidence(expenseId, GrantFixtures.file("세금계산서.pdf", GrantFixtures.PDF)).id();
        changes.propose(projectId, new ChangeForm(null, null, 0, 0, d.summary().periodEnd().plusMonths(2), "장비 납기 지연"));
        changeId = changes.changes(projectId).getFirst().id();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** What a company may call on a project, by id. */
    private Map<String, ThrowingCallable> companyCalls() {
        return Map.ofEntries(
                Map.entry("project", () -> projects.project(projectId)),
                Map.entry("versions", () -> projects.versions(projectId)),
                Map.entry("contractPdf", () -> projects.contractPdf(projectId)),
                Map.entry("confirmContract", () -> projects.confirmContract(projectId)),
                Map.entry("record", () -> expenses.record(projectId, GrantFixtures.expense(lineId, 1_000L))),
                Map.entry("attachEvidence", () -> expenses.attachEvidence(expenseId,
                        GrantFixtures.file("영수증.pdf", GrantFixtures.PDF))),
                Map.entry("expenses", () -> expenses.expenses(projectId, 0, 10)),
                Map.entry("countExpenses", () -> expenses.countExpenses(projectId)),
                Map.entry("openFile", () -> expenses.openFile(fileId)),
                Map.entry("submitReport", () -> reports.submit(reportId, new ReportForm("실적", List.of("1", "2")))),
                Map.entry("attachReport", () -> reports.attach(reportId, GrantFixtures.file("r.pdf", GrantFixtures.PDF))),
                Map.entry("propose", () -> changes.propose(projectId, new ChangeForm(null, null, 0, 0,
                        LocalDate.now().plusYears(2), "연장"))),
                Map.entry("changes", () -> changes.changes(projectId)),
                Map.entry("statement", () -> settlement.statement(projectId)),
                Map.entry("statementPdf", () -> settlement.statementPdf(projectId)),
                Map.entry("outcomes", () -> outcomes.outcomes(projectId)),
                Map.entry("answerOutcome", () -> outcomes.answer(outcomeOfAnotherProject(), null)),
                Map.entry("agreedGrant", () -> agreedGrants.agreedGrant(agreed.applicationId())),
                Map.entry("recordDecision", () -> agreedGrants.recordDecision(agreed.applicationId(),
                        AuditAction.REPORT_SUBMITTED, "x")));
    }

    /** What only officials may call. */
    private Map<String, ThrowingCallable> officialCalls() {
        return Map.ofEntries(
                Map.entry("prepareContract", () -> projects.prepareContract(agreed.applicationId())),
                Map.entry("updateContract", () -> projects.updateContract(projectId, null)),
                Map.entry("contractForm", () -> projects.contractForm(projectId)),
                Map.entry("recordPayment", () -> projects.recordPayment(instalmentId, LocalDate.now())),
                Map.entry("settings", () -> projects.settings(agreed.programId())),
                Map.entry("accept", () -> expenses.accept(expenseId)),
                Map.entry("disallow", () -> expenses.disallow(expenseId, "사유")),
                Map.entry("acceptReport", () -> reports.accept(reportId, null)),
                Map.entry("returnReport", () -> reports.returnForRevision(reportId, "보완")),
                Map.entry("acknowledge", () -> changes.acknowledge(changeId)),
                Map.entry("approve", () -> changes.approve(changeId, null)),
                Map.entry("reject", () -> changes.reject(changeId, "반려")),
                Map.entry("preview", () -> settlement.preview(projectId, 0)),
                Map.entry("settle", () -> settlement.settle(projectId, 0, null)));
    }

    /** Outcome surveys exist only after settlement; any id that is not the caller's looks missing. */
    private long outcomeOfAnotherProject() {
        return Long.MAX_VALUE;
    }

    @Test
    void anotherCompanySeesNothingAndTheRefusalLooksLikeAMissingRecord() {
        String other = fixtures.newCompanyUser("other");
        TestUsers.signIn(other, "company");
        assertThat(projects.projects(0, 100)).noneMatch(p -> p.id() == projectId);
        companyCalls().forEach((name, call) -> assertThatThrownBy(call).as(name)
                .isInstanceOf(NotFoundException.class));
        assertThatThrownBy(() -> projects.project(Long.MAX_VALUE)).isExactlyInstanceOf(NotFoundException.class);
        officialCalls().forEach((name, call) -> assertThatThrownBy(call).as(name)
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void aReviewerIsRefusedEverything() {
        TestUsers.signIn("access-reviewer", "reviewer");
        companyCalls().forEach((name, call) -> assertThatThrownBy(call).as(name)
                .isInstanceOf(AccessDeniedException.class));
        officialCalls().forEach((name, call) -> assertThatThrownBy(call).as(name)
                .isInstanceOf(AccessDeniedException.class));
        assertThatThrownBy(() -> projects.projects(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOwnCompanyReadsItsProjectAndOfficialsSeeAndDecideEverything() {
        TestUsers.signIn(agreed.companyUser(), "company");
        assertThat(projects.projects(0, 100)).extracting(ProjectSummary::id).contains(projectId);
        assertThat(projects.project(projectId).status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(expenses.openFile(fileId).fileName()).isEqualTo("세금계산서.pdf");
        assertThat(projects.contractPdf(projectId)).startsWith("%PDF".getBytes());
        assertThat(changes.changes(projectId)).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ChangeKind.REQUEST));

        TestUsers.signIn("official", "official");
        assertThat(projects.projects(0, 1000)).extracting(ProjectSummary::id).contains(projectId);
        assertThat(expenses.expenses(projectId, 0, 10)).singleElement()
                .satisfies(e -> assertThat(e.files()).hasSize(1));
        assertThat(expenses.openFile(fileId).contentType()).isEqualTo("application/pdf");
        assertThat(projects.versions(projectId)).singleElement().satisfies(v -> assertThat(v.version()).isEqualTo(1));
        assertThatCode(() -> projects.recordPayment(instalmentId, LocalDate.now())).doesNotThrowAnyException();
        assertThatCode(() -> changes.approve(changeId, "승인")).doesNotThrowAnyException();
        assertThat(projects.versions(projectId)).hasSize(2);
        assertThatCode(() -> expenses.disallow(expenseId, "증빙 불충분")).doesNotThrowAnyException();
        assertThatThrownBy(() -> projects.project(Long.MAX_VALUE)).isExactlyInstanceOf(NotFoundException.class);
    }
}
