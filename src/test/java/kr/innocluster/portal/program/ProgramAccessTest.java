package kr.innocluster.portal.program;

import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Companies see only their own applications, reviewers only their assignments, officials everything; a refused
 * record looks exactly like a missing one; each role is refused the others' operations.
 */
@IntegrationTest
class ProgramAccessTest {

    @Autowired
    ProgramFixtures fixtures;
    @Autowired
    ProgramService programs;
    @Autowired
    ApplicationService applications;
    @Autowired
    IntakeService intake;
    @Autowired
    ReviewService reviews;
    @Autowired
    SelectionService selection;
    @Autowired
    AgreementService agreements;

    private long programId;
    private String owner;
    private String other;
    private long applicationId;
    private long documentId;

    @BeforeEach
    void anApplicationOfOneCompany() {
        programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("접근 사업"), 500_000_000L,
                50_000_000L));
        owner = fixtures.newCompanyUser("owner");
        other = fixtures.newCompanyUser("other");
        applicationId = fixtures.submittedApplication(programId, owner, 10_000_000L);
        TestUsers.signIn(owner, "company");
        documentId = applications.myApplication(applicationId).documents().getFirst().id();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anotherCompanySeesNothingOfItAndTheRefusalLooksLikeAMissingRecord() {
        TestUsers.signIn(other, "company");
        assertThatThrownBy(() -> applications.myApplication(applicationId))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.error.notFound"));

        assertThat(applications.myApplications(PageRequest.of(0, 50))).noneMatch(a -> a.id() == applicationId);
        assertThatThrownBy(() -> applications.myApplication(applicationId))
                .isExactlyInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> applications.myApplication(Long.MAX_VALUE))
                .isExactlyInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> applications.withdraw(applicationId, "x"))
                .isExactlyInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> applications.openDocument(documentId))
                .isExactlyInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> agreements.agreementOf(applicationId))
                .isExactlyInstanceOf(NotFoundException.class);
    }

    @Test
    void aReviewerSeesOnlyTheirAssignmentsAndTheirDocuments() {
        String assigned = "assigned-" + System.nanoTime();
        String bystander = "bystander-" + System.nanoTime();
        fixtures.registerReviewer(bystander);
        fixtures.reviewed(applicationId, assigned, 4);

        // blind review: the assigned reviewer opens the document through the review sheet under a neutral name,
        // never through the company's path that carries the uploaded file name
        long ownAssignment = findAssignmentOf(assigned);
        assertThat(reviews.openDocument(ownAssignment, documentId).fileName()).doesNotContain("사업계획서.pdf")
                .startsWith("사업계획서 1");
        assertThatThrownBy(() -> applications.openDocument(documentId))
                .isExactlyInstanceOf(NotFoundException.class);

        TestUsers.signIn(bystander, "reviewer");
        assertThat(reviews.myAssignments(PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> applications.openDocument(documentId))
                .isExactlyInstanceOf(NotFoundException.class);
        long someonesAssignment = findAssignmentOf(assigned);
        TestUsers.signIn(bystander, "reviewer");
        assertThatThrownBy(() -> reviews.sheet(someonesAssignment))
                .isExactlyInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.saveScores(someonesAssignment, List.of(), ""))
                .isExactlyInstanceOf(NotFoundException.class);
    }

    @Test
    void officialsSeeEverythingSubmittedWithReviewerNamesButCompaniesNeverLearnWhoReviewed() {
        String marker = String.valueOf(System.nanoTime());
        String reviewer = "named-" + marker;
        fixtures.reviewed(applicationId, reviewer, 4);

        TestUsers.signIn("official", "official");
        assertThat(intake.applications(programId, PageRequest.of(0, 10))).extracting(ApplicationSummary::id)
                .contains(applicationId);
        assertThat(intake.reviewsOf(applicationId)).singleElement()
                .satisfies(r -> assertThat(r.reviewerName()).contains(marker));
        assertThat(applications.openDocument(documentId).size()).isEqualTo(ProgramFixtures.PDF.length);
        assertThat(programs.auditTrail(programId, PageRequest.of(0, 50))).extracting(AuditRecord::action)
                .contains(AuditAction.APPLICATION_SUBMITTED, AuditAction.REVIEWER_ASSIGNED, AuditAction.REVIEW_SUBMITTED);

        TestUsers.signIn(owner, "company");
        ApplicationDetails own = applications.myApplication(applicationId);
        assertThat(own.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(own.timeline()).extracting(TimelineEntry::action).doesNotContain(AuditAction.REVIEWER_ASSIGNED,
                AuditAction.REVIEW_SUBMITTED);
        assertThat(own.toString()).doesNotContain(marker);
    }

    @Test
    void aCompanysPageListsItsApplicationsForOfficialsAndItselfOnly() {
        long ownerCompany = companyIdOf(owner);

        TestUsers.signIn("official", "official");
        assertThat(intake.applicationsOfCompany(ownerCompany)).extracting(ApplicationSummary::id)
                .containsExactly(applicationId);
        TestUsers.signIn(owner, "company");
        assertThat(intake.applicationsOfCompany(ownerCompany)).hasSize(1);
        TestUsers.signIn(other, "company");
        assertThat(intake.applicationsOfCompany(ownerCompany)).isEmpty();
        TestUsers.signIn("reviewer", "reviewer");
        assertThatThrownBy(() -> intake.applicationsOfCompany(ownerCompany)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDraftIsTheCompanysOwnBusiness() {
        long otherProgram = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("초안"), 500_000_000L,
                50_000_000L));
        TestUsers.signIn(owner, "company");
        long draft = applications.startApplication(otherProgram);

        TestUsers.signIn("official", "official");
        assertThatThrownBy(() -> intake.application(draft)).isExactlyInstanceOf(NotFoundException.class);
        assertThat(intake.applications(otherProgram, PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void eachRoleIsRefusedTheOtherRolesOperations() {
        TestUsers.signIn(owner, "company");
        assertThatThrownBy(() -> intake.accept(applicationId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> selection.select(applicationId, 1L, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.create(new ProgramDraft())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.myAssignments(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.auditTrail(programId, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn("reviewer", "reviewer");
        assertThatThrownBy(() -> intake.applications(programId, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.myApplication(applicationId)).isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn("attendee", "attendee");
        assertThatThrownBy(() -> applications.openDocument(documentId))
                .isExactlyInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> applications.startApplication(programId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void visitorsSeePublishedProgramsButADraftLooksMissing() {
        TestUsers.signIn("official", "official");
        long draft = programs.create(ProgramFixtures.draft(ProgramFixtures.unique("비공개 초안"), 100_000_000L,
                10_000_000L));
        TestUsers.signOut();

        assertThat(programs.publishedProgram(programId).summary().open()).isTrue();
        assertThatThrownBy(() -> programs.publishedProgram(draft))
                .isExactlyInstanceOf(NotFoundException.class);
        assertThat(programs.openPrograms(PageRequest.of(0, 500))).noneMatch(p -> p.program().id() == draft);
    }

    private long companyIdOf(String username) {
        return fixtures.companyIdOf(username);
    }

    private long findAssignmentOf(String reviewer) {
        TestUsers.signIn(reviewer, "reviewer");
        return reviews.myAssignments(PageRequest.of(0, 10)).getContent().getFirst().assignmentId();
    }
}
