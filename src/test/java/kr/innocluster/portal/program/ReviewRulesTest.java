package kr.innocluster.portal.program;

import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanyFixtures;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Conflict of interest, blind review, scoring and the ranking officials see. */
@IntegrationTest
class ReviewRulesTest {

    @Autowired
    ProgramFixtures fixtures;
    @Autowired
    IntakeService intake;
    @Autowired
    ReviewService reviews;
    @Autowired
    SelectionService selection;
    @Autowired
    CompanyFixtures companies;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aReviewerWhoIsAMemberOfTheApplyingCompanyCannotBeAssigned() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("이해충돌"), 500_000_000L,
                50_000_000L));
        String insider = "insider-" + System.nanoTime();
        companies.verified("내부자 주식회사", insider);
        long id = fixtures.submittedApplication(programId, insider, 10_000_000L);
        fixtures.registerReviewer(insider);

        TestUsers.signIn("official", "official");
        intake.accept(id);
        assertThatThrownBy(() -> intake.assign(id, TestUsers.subjectOf(insider)))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.error.conflictOfInterest"));
    }

    @Test
    void aDeclaredConflictEndsTheReviewAndBlocksLaterAssignmentsForThatCompany() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("신고"), 500_000_000L,
                50_000_000L));
        String company = fixtures.newCompanyUser("declared");
        long id = fixtures.submittedApplication(programId, company, 10_000_000L);
        String reviewer = "conflict-reviewer-" + System.nanoTime();
        fixtures.registerReviewer(reviewer);
        TestUsers.signIn("official", "official");
        intake.accept(id);
        intake.assign(id, TestUsers.subjectOf(reviewer));

        TestUsers.signIn(reviewer, "reviewer");
        long assignment = reviews.myAssignments(PageRequest.of(0, 10)).getContent().getFirst().assignmentId();
        reviews.declareConflict(assignment, "최근 3년 내 자문 계약");

        assertThat(reviews.myAssignments(PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> reviews.sheet(assignment)).isExactlyInstanceOf(NotFoundException.class);
        long next = fixtures.submittedApplication(
                fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("다음 사업"), 500_000_000L,
                        50_000_000L)), company, 10_000_000L);
        TestUsers.signIn("official", "official");
        intake.accept(next);
        assertThatThrownBy(() -> intake.assign(next, TestUsers.subjectOf(reviewer)))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.error.conflictOfInterest"));
    }

    @Test
    void blindReviewHidesTheCompanyFromReviewersButNotFromOfficials() {
        ProgramDraft blind = ProgramFixtures.draft(ProgramFixtures.unique("블라인드"), 500_000_000L, 50_000_000L);
        blind.setBlindReview(true);
        long programId = fixtures.openProgram(blind);
        String company = fixtures.newCompanyUser("blind");
        long id = fixtures.submittedApplication(programId, company, 10_000_000L);
        String reviewer = "blind-reviewer-" + System.nanoTime();
        fixtures.reviewed(id, reviewer, 4);

        TestUsers.signIn(reviewer, "reviewer");
        AssignmentSummary listed = reviews.myAssignments(PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(listed.companyName()).isNull();
        ReviewSheet sheet = reviews.sheet(listed.assignmentId());
        assertThat(sheet.companyName()).isNull();
        assertThat(sheet.toString()).doesNotContain(company);

        TestUsers.signIn("official", "official");
        assertThat(intake.application(id).companyName()).isEqualTo(company + " 주식회사");
    }

    @Test
    void scoresGiveARunningWeightedTotalAndASubmittedReviewIsReadOnly() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("채점"), 500_000_000L,
                50_000_000L));
        long id = fixtures.submittedApplication(programId, fixtures.newCompanyUser("score"), 10_000_000L);
        String reviewer = "score-reviewer-" + System.nanoTime();
        fixtures.registerReviewer(reviewer);
        TestUsers.signIn("official", "official");
        intake.accept(id);
        intake.assign(id, TestUsers.subjectOf(reviewer));
        TestUsers.signIn(reviewer, "reviewer");
        long assignment = reviews.myAssignments(PageRequest.of(0, 10)).getContent().getFirst().assignmentId();
        List<ScoreLine> lines = reviews.sheet(assignment).lines();

        ReviewSheet partly = reviews.saveScores(assignment, List.of(withScore(lines.get(0), 5), withScore(lines.get(1), 3)),
                "");
        assertThat(partly.weightedTotal()).isEqualTo(30 + 18);
        assertThatThrownBy(() -> reviews.submit(assignment, List.of(withScore(lines.get(2), 4)), "제출 시도"))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.error.scoresMissing"));
        assertThat(reviews.sheet(assignment).lines().get(2).score())
                .as("a refused submission saves nothing").isNull();
        assertThatThrownBy(() -> reviews.saveScores(assignment, List.of(withScore(lines.get(2), 6)), ""))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.fieldErrorKeys())
                        .containsValue("program.validation.score"));

        ReviewSheet full = reviews.saveScores(assignment, lines.stream().map(l -> withScore(l, 4)).toList(), "우수");
        assertThat(full.weightedTotal()).isEqualTo(80.0);
        reviews.submit(assignment, full.lines(), "우수");
        assertThat(reviews.sheet(assignment).submitted()).isTrue();
        assertThatThrownBy(() -> reviews.saveScores(assignment, List.of(withScore(lines.get(0), 1)), ""))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.error.reviewSubmitted"));

        TestUsers.signIn("official", "official");
        RankedApplication ranked = selection.ranking(programId).getFirst();
        assertThat(ranked.averageScore()).isEqualTo(80.0);
        assertThat(ranked.passed()).isTrue();
        assertThat(ranked.reviews()).singleElement().satisfies(r -> assertThat(r.lines()).hasSize(5));
    }

    @Test
    void belowTheThresholdNobodyIsSelectedAndAGrantAboveTheMaximumIsRefused() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("기준 미달"), 500_000_000L,
                50_000_000L));
        long weak = fixtures.submittedApplication(programId, fixtures.newCompanyUser("weak"), 10_000_000L);
        fixtures.reviewed(weak, "threshold-reviewer", 2);
        long strong = fixtures.submittedApplication(programId, fixtures.newCompanyUser("strong"), 10_000_000L);
        fixtures.reviewed(strong, "threshold-reviewer", 5);

        TestUsers.signIn("official", "official");
        assertThatThrownBy(() -> selection.select(weak, 10_000_000L, null))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.error.belowThreshold"));
        assertThatThrownBy(() -> selection.select(strong, 50_000_001L, null))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.fieldErrorKeys())
                        .containsEntry("amount", "program.validation.grantAmount"));
        assertThat(selection.ranking(programId)).extracting(r -> r.application().id()).containsExactly(strong, weak);
    }

    private static ScoreLine withScore(ScoreLine line, int score) {
        return new ScoreLine(line.rubricItemId(), line.name(), line.weight(), score, "의견");
    }
}
