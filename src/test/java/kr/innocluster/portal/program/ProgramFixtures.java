package kr.innocluster.portal.program;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kr.innocluster.portal.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

/** Builds programs and applications through the real services, signed in as the right user for each step. */
@TestComponent
class ProgramFixtures {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ProgramService programs;
    @Autowired
    ApplicationService applications;
    @Autowired
    IntakeService intake;
    @Autowired
    ReviewService reviews;
    @Autowired
    TestCompanies companies;

    static ProgramDraft draft(String title, long budget, long maxGrant) {
        ProgramDraft d = new ProgramDraft();
        d.setTitle(title);
        d.setHostOrganisation("대구테크노파크");
        d.setCategory(ProgramCategory.MANUFACTURING_AX);
        d.setDescription("제조 AX 실증 지원");
        d.setTotalBudget(budget);
        d.setMaxGrant(maxGrant);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        d.setOpensAt(now.minusDays(3));
        d.setClosesAt(now.plusDays(10));
        d.setRequiredDocuments("사업계획서");
        return d;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A published program, open now, as the official made it. */
    long openProgram(ProgramDraft draft) {
        TestUsers.signIn("official", "official");
        long id = programs.create(draft);
        programs.publish(id);
        return id;
    }

    /** A company with one member (a fresh username) in Daegu, verified. */
    String newCompanyUser(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        companies.register(username + " 주식회사", true, TestCompanies.daeguManufacturer(), username);
        return username;
    }

    /** An application with a business plan, submitted by a new company; returns its id. */
    long submittedApplication(long programId, String username, long requested) {
        TestUsers.signIn(username, "company");
        long id = applications.startApplication(programId);
        applications.saveDraft(id, new ApplicationDraft("AI 비전검사 실증", "불량률 30% 절감", requested));
        applications.upload(id, "사업계획서", "사업계획서.pdf", PDF);
        applications.submit(id);
        return id;
    }

    void registerReviewer(String username) {
        TestUsers.signIn(username, "reviewer");
        reviews.registerMe();
    }

    /** Accepted, assigned to the reviewer, scored with the given score on every item and submitted. */
    void reviewed(long applicationId, String reviewer, int score) {
        registerReviewer(reviewer);
        TestUsers.signIn("official", "official");
        intake.accept(applicationId);
        intake.assign(applicationId, TestUsers.subjectOf(reviewer));
        TestUsers.signIn(reviewer, "reviewer");
        AssignmentSummary assignment = reviews.myAssignments(org.springframework.data.domain.PageRequest.of(0, 500))
                .stream().filter(a -> a.applicationId() == applicationId).findFirst().orElseThrow();
        ReviewSheet sheet = reviews.sheet(assignment.assignmentId());
        List<ScoreLine> scored = sheet.lines().stream()
                .map(l -> new ScoreLine(l.rubricItemId(), l.name(), l.weight(), score, "의견")).toList();
        reviews.saveScores(assignment.assignmentId(), scored, "종합 의견");
        reviews.submit(assignment.assignmentId());
    }
}
