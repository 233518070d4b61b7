package kr.innocluster.portal.program;

import java.time.Duration;
import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Applying: the deadline by the injected clock, documents checked by content, eligibility, withdrawal. */
@IntegrationTest
class ApplicationRulesTest {

    @Autowired
    ProgramFixtures fixtures;
    @Autowired
    ApplicationService applications;
    @Autowired
    ProgramService programs;
    @Autowired
    IntakeService intake;
    @Autowired
    kr.innocluster.portal.base.MovableClock clock;
    @Autowired
    TestCompanies companies;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.signOut();
    }

    @Test
    void afterTheDeadlineSubmissionIsRefusedWithAClearMessageAndTheDraftIsKept() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("마감 사업"), 500_000_000L,
                50_000_000L));
        String user = fixtures.newCompanyUser("deadline");
        TestUsers.signIn(user, "company");
        long id = applications.startApplication(programId);
        applications.saveDraft(id, new ApplicationDraft("스마트 물류 실증", "창고 자동화", 40_000_000L));
        applications.upload(id, "사업계획서", "plan.pdf", ProgramFixtures.PDF);

        clock.moveBy(Duration.ofDays(11));

        assertThatThrownBy(() -> applications.submit(id)).isInstanceOf(ProgramException.class)
                .extracting(e -> ((ProgramException) e).messageKey()).isEqualTo("program.error.deadlinePassed");
        ApplicationDetails kept = applications.myApplication(id);
        assertThat(kept.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(kept.projectTitle()).isEqualTo("스마트 물류 실증");
        assertThat(kept.documents()).hasSize(1);
    }

    @Test
    void beforeTheDeadlineItIsSubmittedWithTheEligibilityOfThatMomentOnTheTimeline() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("정상 제출"), 500_000_000L,
                50_000_000L));
        String user = fixtures.newCompanyUser("ontime");

        long id = fixtures.submittedApplication(programId, user, 30_000_000L);

        ApplicationDetails submitted = applications.myApplication(id);
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.eligibility().eligible()).isTrue();
        assertThat(submitted.timeline()).extracting(TimelineEntry::action)
                .containsExactly(AuditAction.APPLICATION_STARTED, AuditAction.APPLICATION_SUBMITTED);
    }

    @Test
    void missingDocumentsAndTooLargeRequestsAreRefused() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("서류 사업"), 500_000_000L,
                50_000_000L));
        TestUsers.signIn(fixtures.newCompanyUser("docs"), "company");
        long id = applications.startApplication(programId);

        assertThatThrownBy(() -> applications.saveDraft(id, new ApplicationDraft("과제", "", 60_000_000L)))
                .isInstanceOfSatisfying(ProgramValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("requestedAmount", "program.validation.overMaxGrant"));
        assertThatThrownBy(() -> applications.submit(id)).isInstanceOfSatisfying(ProgramException.class,
                e -> assertThat(e.messageKey()).isEqualTo("program.error.documentsMissing"));
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("형식 사업"), 500_000_000L,
                50_000_000L));
        TestUsers.signIn(fixtures.newCompanyUser("types"), "company");
        long id = applications.startApplication(programId);

        assertThatThrownBy(() -> applications.upload(id, "사업계획서", "plan.pdf", "MZ not a pdf".getBytes()))
                .isInstanceOfSatisfying(ProgramException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.error.fileTypeUnknown"));
        DocumentInfo stored = applications.upload(id, "사업계획서", "../../etc/계획서.hwp", ProgramFixtures.PDF);

        assertThat(stored.fileType()).isEqualTo(FileType.PDF);
        assertThat(stored.fileName()).isEqualTo("계획서.hwp");
        assertThat(applications.openDocument(stored.id()).content().get()).hasBinaryContent(ProgramFixtures.PDF);
    }

    @Test
    void onlyAVerifiedCompanySubmitsAndAnIneligibleOneIsFlaggedForIntake() {
        ProgramDraft osongOnly = ProgramFixtures.draft(ProgramFixtures.unique("충북 전용"), 500_000_000L, 50_000_000L);
        osongOnly.getRegions().add("충북");
        long programId = fixtures.openProgram(osongOnly);
        String unverified = "unverified-" + System.nanoTime();
        companies.register("미확인 주식회사", false, TestCompanies.daeguManufacturer(), unverified);
        TestUsers.signIn(unverified, "company");
        long draft = applications.startApplication(programId);
        applications.upload(draft, "사업계획서", "p.pdf", ProgramFixtures.PDF);

        assertThatThrownBy(() -> applications.submit(draft)).isInstanceOfSatisfying(ProgramException.class,
                e -> assertThat(e.messageKey()).isEqualTo("program.error.companyNotVerified"));

        long id = fixtures.submittedApplication(programId, fixtures.newCompanyUser("daegu"), 10_000_000L);
        TestUsers.signIn("official", "official");
        ApplicationDetails seen = intake.application(id);
        assertThat(seen.eligibility().eligible()).isFalse();
        assertThat(seen.eligibility().reasons()).extracting(EligibilityReason::messageKey)
                .containsExactly("program.eligibility.region");
    }

    @Test
    void openProgramsShowACompanyUserWhetherTheyAreEligibleAndWhyNot() {
        ProgramDraft osongOnly = ProgramFixtures.draft(ProgramFixtures.unique("오송 바이오"), 500_000_000L, 50_000_000L);
        osongOnly.getRegions().add("충북");
        long programId = fixtures.openProgram(osongOnly);

        TestUsers.signIn(fixtures.newCompanyUser("browse"), "company");
        OpenProgram seen = programs.openPrograms(PageRequest.of(0, 500)).stream()
                .filter(p -> p.program().id() == programId).findFirst().orElseThrow();
        assertThat(seen.eligibility()).hasValueSatisfying(e -> assertThat(e.reasons())
                .containsExactly(new EligibilityReason("program.eligibility.region", "충북")));

        TestUsers.signOut();
        OpenProgram anonymous = programs.openPrograms(PageRequest.of(0, 500)).stream()
                .filter(p -> p.program().id() == programId).findFirst().orElseThrow();
        assertThat(anonymous.eligibility()).isEmpty();
    }

    @Test
    void withdrawalIsPossibleOnlyBeforeReview() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("철회 사업"), 500_000_000L,
                50_000_000L));
        String first = fixtures.newCompanyUser("withdraw");
        long id = fixtures.submittedApplication(programId, first, 10_000_000L);
        TestUsers.signIn(first, "company");
        applications.withdraw(id, "내부 사정");
        assertThat(applications.myApplication(id).status()).isEqualTo(ApplicationStatus.WITHDRAWN);

        String second = fixtures.newCompanyUser("reviewed");
        long reviewed = fixtures.submittedApplication(programId, second, 10_000_000L);
        fixtures.reviewed(reviewed, "withdraw-reviewer", 3);
        TestUsers.signIn(second, "company");
        assertThatThrownBy(() -> applications.withdraw(reviewed, "늦은 철회"))
                .isInstanceOfSatisfying(ProgramException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.error.notWithdrawable"));
    }

    @Test
    void onceCompaniesAppliedAPublishedProgramCannotBecomeHarderForThem() {
        ProgramDraft draft = ProgramFixtures.draft(ProgramFixtures.unique("변경 제한"), 500_000_000L, 50_000_000L);
        long programId = fixtures.openProgram(draft);
        fixtures.submittedApplication(programId, fixtures.newCompanyUser("change"), 10_000_000L);

        TestUsers.signIn("official", "official");
        ProgramDraft shorter = programs.draftOf(programId);
        shorter.setClosesAt(shorter.getClosesAt().minusDays(2));
        shorter.getRegions().add("대구");
        assertThatThrownBy(() -> programs.update(programId, shorter))
                .isInstanceOfSatisfying(ProgramValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("closesAt", "program.error.shorterWindow")
                        .containsEntry("rules", "program.error.stricterRules"));

        ProgramDraft longer = programs.draftOf(programId);
        longer.setClosesAt(longer.getClosesAt().plusDays(7));
        programs.update(programId, longer);
        assertThat(programs.details(programId).summary().closesAt())
                .isAfter(programs.details(programId).summary().opensAt().plus(Duration.ofDays(19)));
    }

    @Test
    void rubricWeightsMustAddUpToOneHundred() {
        ProgramDraft draft = ProgramFixtures.draft(ProgramFixtures.unique("배점 오류"), 500_000_000L, 50_000_000L);
        draft.setRubric(List.of(new RubricLine("기술성", 50), new RubricLine("사업성", 30)));
        TestUsers.signIn("official", "official");

        assertThatThrownBy(() -> programs.create(draft)).isInstanceOfSatisfying(ProgramValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("rubric", "program.validation.rubricSum"));
    }
}
