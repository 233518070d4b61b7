package kr.innocluster.portal.program;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.company.CompanyFixtures;
import kr.innocluster.portal.security.TestUsers;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The program feature's fixture: programs, applications and reviews built through the real services, signed in as
 * the user who would do each step; companies come from the registry ({@link CompanyFixtures}). Static builders give
 * valid forms and files.
 */
@TestComponent
public class ProgramFixtures {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final ProgramService programs;
    private final ApplicationService applications;
    private final IntakeService intake;
    private final ReviewService reviews;
    private final CompanyFixtures companies;
    private final ApplicantCompanies applicants;
    private final ReviewerPoolService pool;

    ProgramFixtures(ProgramService programs, ApplicationService applications, IntakeService intake,
                    ReviewService reviews, CompanyFixtures companies, ApplicantCompanies applicants,
                    ReviewerPoolService pool) {
        this.pool = pool;
        this.programs = programs;
        this.applications = applications;
        this.intake = intake;
        this.reviews = reviews;
        this.companies = companies;
        this.applicants = applicants;
    }

    /** A valid program form: open since three days, closing in ten, the usual five-item rubric, no rules. */
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
        d.setRubric(new ArrayList<>(List.of(new RubricLine("기술성", 30), new RubricLine("사업성", 30),
                new RubricLine("역량", 20), new RubricLine("정책부합", 10), new RubricLine("가점", 10))));
        return d;
    }

    /** A valid application form. */
    static ApplicationDraft application(String projectTitle, long requested) {
        return new ApplicationDraft(projectTitle, "불량률 30% 절감", requested);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A file as the upload handler hands it to the service: streamed into a temporary file. */
    static UploadedFile file(String fileName, byte[] content) {
        try {
            Path temp = Files.createTempFile("program-test-", ".upload");
            temp.toFile().deleteOnExit();
            Files.write(temp, content);
            return new UploadedFile(fileName, "application/octet-stream", temp, content.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UploadedFile pdf(String fileName) {
        return file(fileName, PDF);
    }

    /** A published program, open now, as the official made it. */
    long openProgram(ProgramDraft draft) {
        TestUsers.signIn("official", "official");
        long id = programs.create(draft);
        programs.publish(id);
        return id;
    }

    /** A verified company (a small manufacturer in Daegu) with one member, a fresh username, which is returned. */
    String newCompanyUser(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        companies.verified(username + " 주식회사", username);
        return username;
    }

    /** The id of the company of {@code username}, as the program feature reads it from the registry. */
    long companyIdOf(String username) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn(username, "company");
            return applicants.companyOfCurrentUser().orElseThrow().id();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** An application with a business plan, submitted by the company of {@code username}; returns its id. */
    long submittedApplication(long programId, String username, long requested) {
        TestUsers.signIn(username, "company");
        long id = applications.startApplication(programId);
        applications.upload(id, "사업계획서", pdf("사업계획서.pdf"));
        applications.submit(id, application("AI 비전검사 실증", requested));
        return id;
    }

    /** A valid reviewer invitation: a fresh e-mail address, machine vision and manufacturing (C) expertise. */
    static ReviewerInvitation invitation(String name, String affiliation) {
        return new ReviewerInvitation(name, "reviewer-" + UUID.randomUUID().toString().substring(0, 8)
                + "@review-pool.example", affiliation, List.of("C", "J"), "머신비전, 예지보전");
    }

    /** The official invites the reviewer; returns their subject (the Keycloak id once Keycloak has the account). */
    String invitedReviewer(ReviewerInvitation invitation) {
        TestUsers.signIn("official", "official");
        pool.invite(invitation);
        return pool.pool().stream().filter(r -> r.email().equals(invitation.email())).findFirst().orElseThrow()
                .subject();
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
        AssignmentSummary assignment = reviews.myAssignments(PageRequest.of(0, 500)).stream()
                .filter(a -> a.applicationId() == applicationId).findFirst().orElseThrow();
        ReviewSheet sheet = reviews.sheet(assignment.assignmentId());
        List<ScoreLine> scored = sheet.lines().stream()
                .map(l -> new ScoreLine(l.rubricItemId(), l.name(), l.weight(), score, "의견")).toList();
        reviews.submit(assignment.assignmentId(), scored, "종합 의견");
    }
}
