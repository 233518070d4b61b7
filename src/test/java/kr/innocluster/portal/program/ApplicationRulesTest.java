package kr.innocluster.portal.program;

import java.time.Duration;
import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanyFixtures;
import kr.innocluster.portal.company.Region;
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
    MovableClock clock;
    @Autowired
    CompanyFixtures companies;

    @AfterEach
    void signOut() {
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
        applications.upload(id, "사업계획서", ProgramFixtures.pdf("plan.pdf"));

        clock.moveBy(Duration.ofDays(11));

        assertThatThrownBy(() -> applications.submit(id, new ApplicationDraft("스마트 물류 실증", "창고 자동화",
                40_000_000L))).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("program.error.deadlinePassed"));
        ApplicationDetails kept = applications.myApplication(id);
        assertThat(kept.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(kept.projectTitle()).isEqualTo("스마트 물류 실증");
        assertThat(kept.documents()).hasSize(1);
    }

    @Test
    void aLateSubmissionLeavesTheStoredDraftUnchanged() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("늦은 제출"), 500_000_000L,
                50_000_000L));
        TestUsers.signIn(fixtures.newCompanyUser("late"), "company");
        long id = applications.startApplication(programId);
        applications.saveDraft(id, new ApplicationDraft("저장된 과제", "저장된 요약", 20_000_000L));
        applications.upload(id, "사업계획서", ProgramFixtures.pdf("plan.pdf"));

        clock.moveBy(Duration.ofDays(11));

        assertThatThrownBy(() -> applications.submit(id, new ApplicationDraft("마감 후 고친 과제", "마감 후 요약",
                30_000_000L))).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("program.error.deadlinePassed"));
        ApplicationDetails kept = applications.myApplication(id);
        assertThat(kept.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(kept.projectTitle()).isEqualTo("저장된 과제");
        assertThat(kept.summary()).isEqualTo("저장된 요약");
        assertThat(kept.requestedAmount()).isEqualTo(20_000_000L);
        assertThat(kept.submittedAt()).isNull();
    }

    @Test
    void submittingStoresTheFormAndSubmitsInOneStep() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("한 번에 제출"),
                500_000_000L, 50_000_000L));
        TestUsers.signIn(fixtures.newCompanyUser("atonce"), "company");
        long id = applications.startApplication(programId);
        applications.upload(id, "사업계획서", ProgramFixtures.pdf("plan.pdf"));

        assertThatThrownBy(() -> applications.submit(id, new ApplicationDraft(" ", "", 60_000_000L)))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.fieldErrorKeys())
                        .containsEntry("projectTitle", "program.validation.projectTitle")
                        .containsEntry("requestedAmount", "program.validation.overMaxGrant"));
        applications.submit(id, new ApplicationDraft("제출한 과제", "제출한 요약", 25_000_000L));

        ApplicationDetails submitted = applications.myApplication(id);
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.projectTitle()).isEqualTo("제출한 과제");
        assertThat(submitted.requestedAmount()).isEqualTo(25_000_000L);
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
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.fieldErrorKeys())
                        .containsEntry("requestedAmount", "program.validation.overMaxGrant"));
        assertThatThrownBy(() -> applications.submit(id, ProgramFixtures.application("과제", 10_000_000L)))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.error.documentsMissing"));
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("형식 사업"), 500_000_000L,
                50_000_000L));
        TestUsers.signIn(fixtures.newCompanyUser("types"), "company");
        long id = applications.startApplication(programId);

        assertThatThrownBy(() -> applications.upload(id, "사업계획서",
                ProgramFixtures.file("plan.pdf", "MZ not a pdf".getBytes())))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.error.fileTypeUnknown"));
        DocumentInfo stored = applications.upload(id, "사업계획서", ProgramFixtures.pdf("../../etc/계획서.hwp"));

        assertThat(stored.fileType()).isEqualTo(FileType.PDF);
        assertThat(stored.fileName()).isEqualTo("계획서.hwp");
        assertThat(applications.openDocument(stored.id()).content().get()).hasBinaryContent(ProgramFixtures.PDF);
    }

    @Test
    void aDocumentAboveTheProgramsLimitOrOfAFormatItDoesNotTakeIsRefused() {
        ProgramDraft draft = ProgramFixtures.draft(ProgramFixtures.unique("용량 사업"), 500_000_000L, 50_000_000L);
        draft.setMaxFileMb(1);
        draft.setFileTypes(java.util.EnumSet.of(FileType.HWP));
        long programId = fixtures.openProgram(draft);
        TestUsers.signIn(fixtures.newCompanyUser("limits"), "company");
        long id = applications.startApplication(programId);
        byte[] large = new byte[1024 * 1024 + 1];
        System.arraycopy(ProgramFixtures.PDF, 0, large, 0, ProgramFixtures.PDF.length);

        assertThatThrownBy(() -> applications.upload(id, "사업계획서", ProgramFixtures.file("big.pdf", large)))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("program.error.fileTooLarge");
                    assertThat(e.args()).containsExactly(1);
                });
        assertThatThrownBy(() -> applications.upload(id, "사업계획서", ProgramFixtures.pdf("plan.pdf")))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.error.fileTypeNotAllowed"));
        assertThat(applications.myApplication(id).documents()).isEmpty();
    }

    @Test
    void furtherDocumentsGoUnderOtherAndUnknownRequirementsAreRefused() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("기타 서류"), 500_000_000L,
                50_000_000L));
        TestUsers.signIn(fixtures.newCompanyUser("other"), "company");
        long id = applications.startApplication(programId);

        DocumentInfo other = applications.upload(id, DocumentInfo.OTHER, ProgramFixtures.pdf("추천서.pdf"));

        assertThat(other.other()).isTrue();
        assertThatThrownBy(() -> applications.upload(id, "재무제표", ProgramFixtures.pdf("f.pdf")))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.error.unknownRequirement"));
    }

    @Test
    void onlyAVerifiedCompanySubmitsAndAnIneligibleOneIsFlaggedForIntake() {
        ProgramDraft osongOnly = ProgramFixtures.draft(ProgramFixtures.unique("충북 전용"), 500_000_000L, 50_000_000L);
        osongOnly.getRegions().add(Region.CHUNGBUK);
        long programId = fixtures.openProgram(osongOnly);
        String unverified = "unverified-" + System.nanoTime();
        companies.register("미확인 주식회사", unverified, false, form -> { });
        TestUsers.signIn(unverified, "company");
        long draft = applications.startApplication(programId);
        applications.upload(draft, "사업계획서", ProgramFixtures.pdf("p.pdf"));

        assertThatThrownBy(() -> applications.submit(draft, ProgramFixtures.application("과제", 10_000_000L)))
                .isInstanceOfSatisfying(RuleException.class,
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
        osongOnly.getRegions().add(Region.CHUNGBUK);
        long programId = fixtures.openProgram(osongOnly);

        TestUsers.signIn(fixtures.newCompanyUser("browse"), "company");
        OpenProgram seen = programs.openPrograms(PageRequest.of(0, 500)).stream()
                .filter(p -> p.program().id() == programId).findFirst().orElseThrow();
        assertThat(seen.eligibility()).hasValueSatisfying(e -> assertThat(e.reasons())
                .containsExactly(new EligibilityReason("program.eligibility.region", "CHUNGBUK")));

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
                .isInstanceOfSatisfying(RuleException.class,
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
        shorter.getRegions().add(Region.DAEGU);
        assertThatThrownBy(() -> programs.update(programId, shorter))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.fieldErrorKeys())
                        .containsEntry("closesAt", "program.error.shorterWindow")
                        .containsEntry("rules", "program.error.stricterRules"));

        ProgramDraft longer = programs.draftOf(programId);
        longer.setClosesAt(longer.getClosesAt().plusDays(7));
        programs.update(programId, longer);
        assertThat(programs.details(programId).summary().closesAt())
                .isAfter(programs.details(programId).summary().opensAt().plus(Duration.ofDays(19)));
    }

    @Test
    void aStaleCopyOfTheProgramFormIsRefusedAsAConflict() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("동시 수정"), 500_000_000L,
                50_000_000L));
        ProgramDraft first = programs.draftOf(programId);
        ProgramDraft second = programs.draftOf(programId);
        first.setDescription("먼저 저장한 내용");
        programs.update(programId, first);

        second.setDescription("늦게 저장한 내용");
        assertThatThrownBy(() -> programs.update(programId, second)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("program.error.concurrent"));
        assertThat(programs.details(programId).description()).isEqualTo("먼저 저장한 내용");
    }

    @Test
    void rubricWeightsMustAddUpToOneHundred() {
        ProgramDraft draft = ProgramFixtures.draft(ProgramFixtures.unique("배점 오류"), 500_000_000L, 50_000_000L);
        draft.setRubric(List.of(new RubricLine("기술성", 50), new RubricLine("사업성", 30)));
        TestUsers.signIn("official", "official");

        assertThatThrownBy(() -> programs.create(draft)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.fieldErrorKeys()).containsEntry("rubric", "program.validation.rubricSum"));
    }
}
