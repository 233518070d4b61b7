package kr.innocluster.portal.matching;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SmartFactoryLevels;
import kr.innocluster.portal.diagnosis.DiagnosisArea;
import kr.innocluster.portal.diagnosis.DiagnosisService;
import kr.innocluster.portal.diagnosis.MentorService;
import kr.innocluster.portal.matching.MatchingFixtures.TestCompany;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static kr.innocluster.portal.matching.MatchingFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who sees what, for every id-addressed method of diagnosis and matching: a demand company never sees another's
 * diagnosis, needs or requests; a supplier only the requests addressed to it; a mentor only the companies assigned to
 * them; officials everything. A record the caller may not see is "not found", exactly like a missing one.
 */
@IntegrationTest
class MatchingAccessTest {

    @Autowired
    MatchingFixtures fixtures;
    @Autowired
    DiagnosisService diagnoses;
    @Autowired
    MentorService mentors;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ConsultationService consultations;
    @Autowired
    MentoringService mentoring;
    @Autowired
    SmartFactoryLevels levels;
    @Autowired
    MovableClock clock;
    @Autowired
    kr.innocluster.portal.notification.NotificationService notifications;

    TestCompany demand;
    TestCompany other;
    TestCompany supplier;
    String mentor;
    String otherMentor;
    long diagnosisId;
    long solutionId;

    @BeforeEach
    void aDemandCompanyWithAMentorAndADiagnosisAndASupplierWithASolution() {
        demand = fixtures.company("수요", false);
        other = fixtures.company("타사", false);
        supplier = fixtures.company("공급", true);
        mentor = fixtures.mentor("mentor-a");
        otherMentor = fixtures.mentor("mentor-b");
        fixtures.assign(demand.id(), mentor);
        diagnosisId = fixtures.selfAssessment(demand.username(), 2, Map.of("QUALITY_1", 0, "QUALITY_2", 1));
        solutionId = fixtures.solution(supplier.username(), "비전검사 " + supplier.username(),
                SolutionCategory.VISION_AI, Set.of("C"), EnumSet.of(DiagnosisArea.QUALITY), 30_000_000L);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDiagnosisIsSeenByItsCompanyItsMentorAndOfficialsOnly() {
        for (String[] allowed : new String[][] {{demand.username(), Roles.COMPANY}, {mentor, Roles.MENTOR},
                {"official", Roles.OFFICIAL}}) {
            as(allowed[0], () -> {
                assertThat(diagnoses.details(diagnosisId).companyId()).isEqualTo(demand.id());
                assertThat(diagnoses.comparison(diagnosisId).result()).isNotNull();
                assertThat(diagnoses.history(demand.id())).extracting(d -> d.id()).contains(diagnosisId);
                assertThat(diagnoses.gaps(demand.id())).isPresent();
                assertThat(mentoring.roadmap(demand.id()).companyId()).isEqualTo(demand.id());
                assertThat(mentors.current(demand.id())).isPresent();
                assertThat(mentors.history(demand.id())).hasSize(1);
                return null;
            }, allowed[1]);
        }
        for (String[] refused : new String[][] {{other.username(), Roles.COMPANY}, {otherMentor, Roles.MENTOR},
                {supplier.username(), Roles.COMPANY}}) {
            as(refused[0], () -> {
                assertThatThrownBy(() -> diagnoses.details(diagnosisId)).isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> diagnoses.comparison(diagnosisId)).isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> diagnoses.history(demand.id())).isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> diagnoses.gaps(demand.id())).isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> mentoring.roadmap(demand.id())).isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> mentors.current(demand.id())).isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> mentors.history(demand.id())).isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> diagnoses.details(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
                return null;
            }, refused[1]);
        }
        as(other.username(), () -> {
            assertThat(diagnoses.myHistory()).extracting(d -> d.id()).doesNotContain(diagnosisId);
            return null;
        }, Roles.COMPANY);
        as(otherMentor, () -> {
            assertThat(diagnoses.awaitingConfirmation()).extracting(d -> d.id()).doesNotContain(diagnosisId);
            assertThat(mentors.myCompanies()).isEmpty();
            return null;
        }, Roles.MENTOR);
        as(mentor, () -> {
            assertThat(diagnoses.awaitingConfirmation()).extracting(d -> d.id()).contains(diagnosisId);
            return null;
        }, Roles.MENTOR);
    }

    @Test
    void onlyTheAssignedMentorOrAnOfficialConfirmsAndTheConfirmedLevelBecomesTheCompanys() {
        long version = as(mentor, () -> diagnoses.details(diagnosisId).version(), Roles.MENTOR);
        LocalDate visit = LocalDate.now(clock).minusDays(1);
        as(otherMentor, () -> {
            assertThatThrownBy(() -> diagnoses.confirm(diagnosisId, version, null, visit, "x"))
                    .isInstanceOf(NotFoundException.class);
            return null;
        }, Roles.MENTOR);
        as(demand.username(), () -> {
            assertThatThrownBy(() -> diagnoses.confirm(diagnosisId, version, null, visit, "x"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(levels.level(demand.id()).isConfirmed()).isFalse();
            return null;
        }, Roles.COMPANY);

        int confirmed = as(mentor, () -> diagnoses.confirm(diagnosisId, version,
                MatchingFixtures.answers(3), visit, "현장 확인: 품질 데이터는 MES로 수집").result().overallLevel(),
                Roles.MENTOR);

        as(demand.username(), () -> {
            assertThat(confirmed).isEqualTo(4);
            assertThat(levels.level(demand.id()).confirmed()).isEqualTo(4);
            assertThat(levels.level(demand.id()).confirmedOn()).isEqualTo(visit);
            assertThat(diagnoses.details(diagnosisId).confirmed()).isTrue();
            return null;
        }, Roles.COMPANY);
        as("official", () -> {
            assertThatThrownBy(() -> diagnoses.confirm(diagnosisId, version + 1, null, visit, null))
                    .isInstanceOf(RuleException.class);
            return null;
        }, Roles.OFFICIAL);
    }

    @Test
    void consultationsAreSeenByTheirTwoCompaniesAndOfficialsAndEachStepByTheRightSide() {
        long id = as(demand.username(), () -> consultations.request(solutionId, "품질 검사 자동화 상담 요청", null),
                Roles.COMPANY);

        as(other.username(), () -> {
            assertThatThrownBy(() -> consultations.consultation(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> consultations.accept(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> consultations.decline(id, null)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> consultations.logMeeting(id, LocalDate.now(clock), "x"))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> consultations.markContracted(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> consultations.rate(id, 5, null)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> consultations.answerFollowUp(id, true, "x")).isInstanceOf(NotFoundException.class);
            assertThat(consultations.incoming()).isEmpty();
            assertThat(consultations.outgoing()).isEmpty();
            return null;
        }, Roles.COMPANY);
        as(demand.username(), () -> {
            assertThatThrownBy(() -> consultations.accept(id)).isInstanceOf(NotFoundException.class);
            assertThat(consultations.outgoing()).extracting(Consultation::id).containsExactly(id);
            assertThat(consultations.incoming()).isEmpty();
            return null;
        }, Roles.COMPANY);
        as(supplier.username(), () -> {
            assertThat(consultations.incoming()).extracting(Consultation::id).containsExactly(id);
            assertThatThrownBy(() -> consultations.rate(id, 5, null)).isInstanceOf(NotFoundException.class);
            consultations.accept(id);
            consultations.logMeeting(id, LocalDate.now(clock), "1차 미팅: 라인 실사");
            consultations.markContracted(id);
            return null;
        }, Roles.COMPANY);
        as(demand.username(), () -> {
            assertThatThrownBy(() -> consultations.rate(id, 5, null)).isInstanceOf(RuleException.class);
            assertThat(consultations.markContracted(id).status()).isEqualTo(ConsultationStatus.CONTRACTED);
            consultations.rate(id, 5, "만족");
            assertThatThrownBy(() -> consultations.answerFollowUp(id, false, "안 씀"))
                    .isInstanceOf(RuleException.class);
            return null;
        }, Roles.COMPANY);
        clock.moveBy(Duration.ofDays(190));
        consultations.remindFollowUps();
        consultations.remindFollowUps();
        as(demand.username(), () -> {
            assertThat(notifications.myNotices(50)).filteredOn(n -> n.title().contains("잘 쓰고 있나요")).hasSize(1);
            consultations.answerFollowUp(id, false, "작업자 교육이 안 되어 쓰지 않음");
            return null;
        }, Roles.COMPANY);
        as("official", () -> {
            assertThat(consultations.consultation(id).meetings()).hasSize(1);
            assertThat(consultations.installedButUnused()).extracting(Consultation::id).contains(id);
            assertThat(consultations.pipelineBySupplier()).filteredOn(l -> l.id() == supplier.id())
                    .singleElement().satisfies(l -> {
                        assertThat(l.requested()).isEqualTo(1);
                        assertThat(l.met()).isEqualTo(1);
                        assertThat(l.contracted()).isEqualTo(1);
                    });
            return null;
        }, Roles.OFFICIAL);
        as(demand.username(), () -> {
            assertThat(catalogue.solution(solutionId).trackRecord().ratingAverage()).isEqualTo(5.0);
            return null;
        }, Roles.COMPANY);
    }

    @Test
    void aSupplierEditsOnlyItsOwnSolutionsAndOnlySuppliersPublish() {
        SolutionForm form = new SolutionForm("바꾼 이름", SolutionCategory.MES, "", Set.of("C"), Set.of(), null, null,
                null, "", "");
        TestCompany otherSupplier = fixtures.company("공급2", true);
        as(otherSupplier.username(), () -> {
            assertThatThrownBy(() -> catalogue.update(solutionId, form)).isInstanceOf(NotFoundException.class);
            assertThat(consultations.incoming()).isEmpty();
            return null;
        }, Roles.COMPANY);
        as(other.username(), () -> {
            assertThatThrownBy(() -> catalogue.publish(form)).isInstanceOf(RuleException.class)
                    .hasMessageContaining("matching.error.notSupplier");
            return null;
        }, Roles.COMPANY);
        as(supplier.username(), () -> {
            catalogue.update(solutionId, form);
            assertThat(catalogue.solution(solutionId).name()).isEqualTo("바꾼 이름");
            return null;
        }, Roles.COMPANY);
        as("attendee", () -> {
            assertThatThrownBy(() -> catalogue.solution(solutionId)).isInstanceOf(AccessDeniedException.class);
            return null;
        }, Roles.ATTENDEE);
    }

    @Test
    void mentoringIsWrittenByTheAssignedMentorOrOfficialsAndChangesAreDecidedByOfficials() {
        long milestone = as(mentor, () -> {
            mentoring.saveRoadmap(demand.id(), 2, 4);
            mentoring.recordVisit(demand.id(), LocalDate.now(clock), "첫 방문");
            assertThat(catalogue.solution(solutionId).id()).isEqualTo(solutionId);
            return mentoring.addMilestone(demand.id(), "비전검사 도입", LocalDate.now(clock).plusMonths(3), solutionId,
                    null);
        }, Roles.MENTOR);
        as(otherMentor, () -> {
            assertThatThrownBy(() -> mentoring.saveRoadmap(demand.id(), 1, 2)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> mentoring.recordVisit(demand.id(), LocalDate.now(clock), "x"))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> mentoring.addMilestone(demand.id(), "x", null, null, null))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> mentoring.setMilestoneDone(milestone, true)).isInstanceOf(NotFoundException.class);
            return null;
        }, Roles.MENTOR);
        as(other.username(), () -> {
            assertThatThrownBy(() -> mentoring.requestChange(kr.innocluster.portal.matching.Roadmap.ChangeKind.SOLUTION,
                    milestone, "다른 솔루션")).isInstanceOf(NotFoundException.class);
            return null;
        }, Roles.COMPANY);
        long request = as(demand.username(), () -> mentoring.requestChange(Roadmap.ChangeKind.SOLUTION, milestone,
                "예산을 넘습니다"), Roles.COMPANY);
        as("official", () -> {
            mentoring.decideChange(request, true, "다른 공급기업을 찾아 주세요");
            Roadmap roadmap = mentoring.roadmap(demand.id());
            assertThat(roadmap.milestones()).singleElement().satisfies(m -> assertThat(m.removed()).isTrue());
            assertThat(roadmap.changes()).singleElement()
                    .satisfies(c -> assertThat(c.status()).isEqualTo(Roadmap.ChangeStatus.GRANTED));
            assertThat(roadmap.visits()).hasSize(1);
            return null;
        }, Roles.OFFICIAL);
    }

    @Test
    void aFlaggedSupplierIsNeverRecommendedAndCannotBeAskedAndNeedsStayPrivate() {
        as(demand.username(), () -> {
            catalogue.saveNeeds(new DemandNeeds(Set.of(SolutionCategory.VISION_AI), 50_000_000L, "불량 검사"));
            assertThat(catalogue.recommendations(50)).extracting(r -> r.solution().id()).contains(solutionId);
            return null;
        }, Roles.COMPANY);
        as(other.username(), () -> {
            assertThat(catalogue.myNeeds().categories()).isEmpty();
            return null;
        }, Roles.COMPANY);
        as("official", () -> {
            catalogue.flagSupplier(supplier.id(), SupplierFlag.Kind.CLOSED, "폐업 신고 확인");
            return null;
        }, Roles.OFFICIAL);
        as(demand.username(), () -> {
            assertThat(catalogue.recommendations(50)).extracting(r -> r.solution().id()).doesNotContain(solutionId);
            assertThat(catalogue.solution(solutionId).trackRecord().flagged()).isTrue();
            assertThatThrownBy(() -> consultations.request(solutionId, "상담", null)).isInstanceOf(RuleException.class);
            return null;
        }, Roles.COMPANY);
    }

    @Test
    void theRegionalAverageAppearsOnlyWithFivePeersBehindIt() {
        var tune = (java.util.function.Consumer<kr.innocluster.portal.company.CompanyForm>) form -> {
            form.setRegion(Region.JEJU);
            form.setKsicCode("B05100");
        };
        TestCompany me = fixtures.company("제주", false, tune);
        long mine = fixtures.selfAssessment(me.username(), 2, Map.of());
        for (int i = 0; i < 4; i++) {
            TestCompany peer = fixtures.company("제주동종", false, tune);
            fixtures.selfAssessment(peer.username(), i, Map.of());
        }
        as(me.username(), () -> {
            assertThat(diagnoses.comparison(mine).peers()).isEqualTo(4);
            assertThat(diagnoses.comparison(mine).averageShown()).isFalse();
            return null;
        }, Roles.COMPANY);
        TestCompany fifth = fixtures.company("제주동종", false, tune);
        fixtures.selfAssessment(fifth.username(), 4, Map.of());
        as(me.username(), () -> {
            var comparison = diagnoses.comparison(mine);
            assertThat(comparison.averageShown()).isTrue();
            // peers answered 0, 1, 2, 3, 4 everywhere: 0, 25, 50, 75, 100 -> 50
            assertThat(comparison.averages().get(DiagnosisArea.QUALITY)).isEqualTo(50.0);
            return null;
        }, Roles.COMPANY);
    }

    static String subject(String username) {
        return TestUsers.subjectOf(username);
    }
}
