package kr.innocluster.portal.grant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.company.CompanyFixtures;
import kr.innocluster.portal.program.AgreementService;
import kr.innocluster.portal.program.AgreementTerms;
import kr.innocluster.portal.program.ApplicationDraft;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.AssignmentSummary;
import kr.innocluster.portal.program.BudgetLine;
import kr.innocluster.portal.program.IntakeService;
import kr.innocluster.portal.program.ProgramCategory;
import kr.innocluster.portal.program.ProgramDraft;
import kr.innocluster.portal.program.ProgramService;
import kr.innocluster.portal.program.ReviewService;
import kr.innocluster.portal.program.ReviewSheet;
import kr.innocluster.portal.program.RubricLine;
import kr.innocluster.portal.program.ScoreLine;
import kr.innocluster.portal.program.SelectionService;
import kr.innocluster.portal.security.TestUsers;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.domain.PageRequest;

/**
 * Grant projects for tests, built through the real services as the user who does each step: an official publishes a
 * program, a company applies, a reviewer scores, the official selects and records the agreement, the company
 * confirms it (program's part); then the official prepares the contract and both sides confirm it (this feature).
 */
@TestComponent
public class GrantFixtures {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final long GRANT = 30_000_000L;
    static final long OWN = 10_000_000L;

    private final ProgramService programs;
    private final ApplicationService applications;
    private final IntakeService intake;
    private final ReviewService reviews;
    private final SelectionService selection;
    private final AgreementService agreements;
    private final CompanyFixtures companies;
    private final GrantProjectService projects;

    GrantFixtures(ProgramService programs, ApplicationService applications, IntakeService intake,
                  ReviewService reviews, SelectionService selection, AgreementService agreements,
                  CompanyFixtures companies, GrantProjectService projects) {
        this.programs = programs;
        this.applications = applications;
        this.intake = intake;
        this.reviews = reviews;
        this.selection = selection;
        this.agreements = agreements;
        this.companies = companies;
        this.projects = projects;
    }

    /** An agreed grant and the company user who owns it. */
    public record Agreed(long applicationId, long programId, String companyUser) {
    }

    /** A verified company with one member; returns the member's username. */
    public String newCompanyUser(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        companies.verified(username + " 주식회사", username);
        return username;
    }

    /**
     * An agreed grant of {@link #GRANT} with {@link #OWN} own contribution (25% of the total), period from 30 days ago
     * to 150 days ahead, lines 재료비 and 외주용역비 of 20,000,000 each.
     */
    public Agreed agreedGrant(String prefix) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        return agreedGrant(prefix, today.minusDays(30), today.plusDays(150));
    }

    public Agreed agreedGrant(String prefix, LocalDate start, LocalDate end) {
        String company = newCompanyUser(prefix);
        TestUsers.signIn("official", "official");
        long programId = programs.create(draft(prefix + " 사업 " + UUID.randomUUID().toString().substring(0, 6)));
        programs.publish(programId);
        TestUsers.signIn(company, "company");
        long id = applications.startApplication(programId);
        applications.upload(id, "사업계획서", file("사업계획서.pdf", PDF));
        applications.submit(id, new ApplicationDraft("AI 비전검사 실증 " + prefix, "불량률 30% 절감", GRANT));
        String reviewer = prefix + "-reviewer-" + UUID.randomUUID().toString().substring(0, 6);
        TestUsers.signIn(reviewer, "reviewer");
        reviews.registerMe();
        TestUsers.signIn("official", "official");
        intake.accept(id);
        intake.assign(id, TestUsers.subjectOf(reviewer));
        TestUsers.signIn(reviewer, "reviewer");
        AssignmentSummary assignment = reviews.myAssignments(PageRequest.of(0, 500)).stream()
                .filter(a -> a.applicationId() == id).findFirst().orElseThrow();
        ReviewSheet sheet = reviews.sheet(assignment.assignmentId());
        reviews.submit(assignment.assignmentId(), sheet.lines().stream()
                .map(l -> new ScoreLine(l.rubricItemId(), l.name(), l.weight(), 4, "의견")).toList(), "종합 의견");
        TestUsers.signIn("official", "official");
        selection.select(id, GRANT, "우수 과제");
        agreements.record(id, new AgreementTerms(start, end, GRANT, OWN,
                List.of(new BudgetLine("재료비", 20_000_000L), new BudgetLine("외주용역비", 20_000_000L))));
        TestUsers.signIn(company, "company");
        agreements.confirm(id);
        return new Agreed(id, programId, company);
    }

    /** The contract prepared by the official and confirmed by both sides: the project is running. */
    public long activeProject(Agreed agreed) {
        TestUsers.signIn("official", "official");
        long projectId = projects.prepareContract(agreed.applicationId());
        projects.confirmContract(projectId);
        TestUsers.signIn(agreed.companyUser(), "company");
        projects.confirmContract(projectId);
        return projectId;
    }

    public long activeProject(String prefix) {
        return activeProject(agreedGrant(prefix));
    }

    /** A valid expense of {@code supply} won (+10% VAT) on the line, paid by grant card, dated today. */
    static ExpenseForm expense(long lineId, long supply) {
        return new ExpenseForm(lineId, LocalDate.now(ZoneId.of("Asia/Seoul")), "대구비전 주식회사", "120-81-47521",
                supply, supply / 10, PaymentMethod.GRANT_CARD, "비전 카메라 구매");
    }

    static ProgramDraft draft(String title) {
        ProgramDraft d = new ProgramDraft();
        d.setTitle(title);
        d.setHostOrganisation("대구테크노파크");
        d.setCategory(ProgramCategory.MANUFACTURING_AX);
        d.setDescription("제조 AX 실증 지원");
        d.setTotalBudget(500_000_000L);
        d.setMaxGrant(50_000_000L);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        d.setOpensAt(now.minusDays(3));
        d.setClosesAt(now.plusDays(10));
        d.setRequiredDocuments("사업계획서");
        d.setRubric(new ArrayList<>(List.of(new RubricLine("기술성", 30), new RubricLine("사업성", 30),
                new RubricLine("역량", 20), new RubricLine("정책부합", 10), new RubricLine("가점", 10))));
        return d;
    }

    static UploadedFile file(String fileName, byte[] content) {
        try {
            Path temp = Files.createTempFile("grant-test-", ".upload");
            temp.toFile().deleteOnExit();
            Files.write(temp, content);
            return new UploadedFile(fileName, "application/octet-stream", temp, content.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
