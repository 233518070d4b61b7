package kr.innocluster.portal.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innocluster.portal.diagnosis.DiagnosisArea;
import org.junit.jupiter.api.Test;

import static kr.innocluster.portal.diagnosis.DiagnosisArea.EQUIPMENT;
import static kr.innocluster.portal.diagnosis.DiagnosisArea.LOGISTICS;
import static kr.innocluster.portal.diagnosis.DiagnosisArea.PRODUCTION;
import static kr.innocluster.portal.diagnosis.DiagnosisArea.QUALITY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking rule for a table of demand companies and solutions: the order each company gets, the reasons shown
 * (exactly the factors that counted, adding up to the score), flagged suppliers never recommended, and more evidence
 * never lowering a rank.
 */
class SolutionMatchingTest {

    // solutions: id, category, target sections, areas, lowest price, track record
    private static final SolutionSummary MES = solution(1, SolutionCategory.MES, Set.of("C"), EnumSet.of(PRODUCTION,
            QUALITY), 30_000_000L, record(4, 1, 4.6, 5, 9));
    private static final SolutionSummary VISION = solution(2, SolutionCategory.VISION_AI, Set.of("C"),
            EnumSet.of(QUALITY), 50_000_000L, record(0, 2, null, 0, 3));
    private static final SolutionSummary WMS = solution(3, SolutionCategory.WMS, Set.of("C", "H"),
            EnumSet.of(LOGISTICS), 20_000_000L, record(1, 0, 2.5, 2, 12));
    private static final SolutionSummary PDM = solution(4, SolutionCategory.PREDICTIVE_MAINTENANCE, Set.of("C"),
            EnumSet.of(EQUIPMENT), 80_000_000L, record(2, 0, null, 0, 6));
    private static final SolutionSummary CLOSED_MES = solution(5, SolutionCategory.MES, Set.of("C"),
            EnumSet.of(PRODUCTION, QUALITY), 10_000_000L, flagged(record(9, 3, 5.0, 9, 20)));
    private static final SolutionSummary BIO_LIMS = solution(6, SolutionCategory.ERP, Set.of("M"), EnumSet.noneOf(
            DiagnosisArea.class), 40_000_000L, record(0, 0, null, 0, 0));
    private static final List<SolutionSummary> CATALOGUE = List.of(MES, VISION, WMS, PDM, CLOSED_MES, BIO_LIMS);

    // demand companies: KSIC section, weak areas of the latest diagnosis, stated needs, budget
    private static final DemandProfile METAL_WORKS_WEAK_QUALITY = new DemandProfile("C", EnumSet.of(QUALITY),
            EnumSet.of(SolutionCategory.VISION_AI), 60_000_000L);
    private static final DemandProfile LOGISTICS_FIRM = new DemandProfile("H", EnumSet.of(LOGISTICS),
            EnumSet.noneOf(SolutionCategory.class), null);
    private static final DemandProfile BIO_LAB_NO_DIAGNOSIS = new DemandProfile("M",
            EnumSet.noneOf(DiagnosisArea.class), EnumSet.of(SolutionCategory.ERP), 50_000_000L);

    @Test
    void eachCompanyGetsTheOrderTheRuleGives() {
        Map<DemandProfile, List<Long>> expected = Map.of(
                // MES: 30 + 20 + 10 + 20 + 10 + 16 + 9 = 115; VISION: 30 + 20 + 20 + 10 + 20 + 3 = 103;
                // WMS: 30 + 10 + 5 + 10 = 55; PDM: 30 + 10 + 6 = 46; BIO: 10
                METAL_WORKS_WEAK_QUALITY, List.of(1L, 2L, 3L, 4L, 6L),
                // WMS: 30 + 20 + 5 + 10 = 65; MES: 20 + 10 + 16 + 9 = 55; VISION 23; PDM 16; BIO 0
                LOGISTICS_FIRM, List.of(3L, 1L, 2L, 4L, 6L),
                // MES: 10 + 20 + 10 + 16 + 9 = 65; BIO: 30 + 20 + 10 = 60; VISION 33; WMS 25; PDM 16
                BIO_LAB_NO_DIAGNOSIS, List.of(1L, 6L, 2L, 3L, 4L));
        expected.forEach((company, order) -> assertThat(SolutionRanking.rank(company, CATALOGUE))
                .extracting(r -> r.solution().id()).as("order for %s", company).containsExactlyElementsOf(order));
    }

    @Test
    void theReasonsAreExactlyTheFactorsThatCountedAndAddUpToTheScore() {
        List<RankedSolution> ranked = SolutionRanking.rank(METAL_WORKS_WEAK_QUALITY, CATALOGUE);

        RankedSolution mes = ranked.getFirst();
        assertThat(mes.reasons()).extracting(MatchReason::factor).containsExactly(MatchFactor.SAME_SECTION,
                MatchFactor.WEAK_AREA, MatchFactor.BUDGET_FIT, MatchFactor.COMPLETED_PROJECTS,
                MatchFactor.PILOT_VERIFIED, MatchFactor.RATING, MatchFactor.YEARS_IN_BUSINESS);
        assertThat(mes.reasons()).extracting(MatchReason::args).contains(List.of("4"), List.of("4.6"),
                List.of("QUALITY"));
        assertThat(mes.score()).isEqualTo(115);
        for (List<RankedSolution> list : List.of(ranked, SolutionRanking.rank(LOGISTICS_FIRM, CATALOGUE),
                SolutionRanking.rank(BIO_LAB_NO_DIAGNOSIS, CATALOGUE))) {
            for (RankedSolution r : list) {
                assertThat(r.reasons()).allSatisfy(reason -> assertThat(reason.points()).isPositive());
                assertThat(r.reasons().stream().mapToInt(MatchReason::points).sum()).isEqualTo(r.score());
                assertThat(r.reasons()).extracting(MatchReason::factor).doesNotHaveDuplicates();
            }
        }
        // a low average rating (WMS: 2.5) does not count, so it is not shown as a reason
        RankedSolution wms = ranked.stream().filter(r -> r.solution().id() == 3).findFirst().orElseThrow();
        assertThat(wms.reasons()).extracting(MatchReason::factor).doesNotContain(MatchFactor.RATING);
    }

    @Test
    void aFlaggedSupplierIsNeverRecommendedHoweverStrongItsRecord() {
        for (DemandProfile company : List.of(METAL_WORKS_WEAK_QUALITY, LOGISTICS_FIRM, BIO_LAB_NO_DIAGNOSIS)) {
            assertThat(SolutionRanking.rank(company, CATALOGUE)).extracting(r -> r.solution().id())
                    .doesNotContain(5L);
        }
    }

    @Test
    void moreEvidenceNeverLowersARankOtherThingsEqual() {
        for (DemandProfile company : List.of(METAL_WORKS_WEAK_QUALITY, LOGISTICS_FIRM, BIO_LAB_NO_DIAGNOSIS)) {
            for (SolutionSummary s : CATALOGUE) {
                if (s.trackRecord().flagged()) {
                    continue;
                }
                int before = rankOf(company, CATALOGUE, s.id());
                TrackRecord t = s.trackRecord();
                List<TrackRecord> more = List.of(
                        new TrackRecord(t.completedProjects() + 1, t.pilotVerified(), t.ratingAverage(),
                                t.ratingCount(), t.yearsInBusiness(), null, List.of()),
                        new TrackRecord(t.completedProjects(), t.pilotVerified() + 1, t.ratingAverage(),
                                t.ratingCount(), t.yearsInBusiness(), null, List.of()),
                        new TrackRecord(t.completedProjects(), t.pilotVerified(), t.ratingAverage(),
                                t.ratingCount() + 3, t.yearsInBusiness(), null, List.of()),
                        new TrackRecord(t.completedProjects(), t.pilotVerified(), t.ratingAverage(),
                                t.ratingCount(), t.yearsInBusiness() + 1, null, List.of()));
                for (TrackRecord better : more) {
                    List<SolutionSummary> changed = new ArrayList<>(CATALOGUE);
                    changed.replaceAll(x -> x.id() == s.id() ? x.withTrackRecord(better) : x);
                    assertThat(rankOf(company, changed, s.id())).as("%s with %s", s.name(), better)
                            .isLessThanOrEqualTo(before);
                    assertThat(scoreOf(company, changed, s.id())).isGreaterThanOrEqualTo(
                            scoreOf(company, CATALOGUE, s.id()));
                }
            }
        }
    }

    @Test
    void aSolutionWithoutAnyMatchingFactorHasNoReasons() {
        RankedSolution bio = SolutionRanking.rank(LOGISTICS_FIRM, CATALOGUE).getLast();

        assertThat(bio.solution().id()).isEqualTo(6);
        assertThat(bio.score()).isZero();
        assertThat(bio.reasons()).isEmpty();
    }

    private static int rankOf(DemandProfile company, List<SolutionSummary> catalogue, long id) {
        return SolutionRanking.rank(company, catalogue).stream().filter(r -> r.solution().id() == id).findFirst()
                .orElseThrow().rank();
    }

    private static int scoreOf(DemandProfile company, List<SolutionSummary> catalogue, long id) {
        return SolutionRanking.rank(company, catalogue).stream().filter(r -> r.solution().id() == id).findFirst()
                .orElseThrow().score();
    }

    private static TrackRecord record(int projects, int pilots, Double rating, int ratings, int years) {
        return new TrackRecord(projects, pilots, rating, ratings, years, null, List.of());
    }

    private static TrackRecord flagged(TrackRecord t) {
        return new TrackRecord(t.completedProjects(), t.pilotVerified(), t.ratingAverage(), t.ratingCount(),
                t.yearsInBusiness(), new SupplierFlag(SupplierFlag.Kind.CLOSED, "폐업 신고", "김정민",
                LocalDate.of(2026, 11, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()), List.of());
    }

    private static SolutionSummary solution(long id, SolutionCategory category, Set<String> sections,
                                            Set<DiagnosisArea> areas, Long priceMin, TrackRecord record) {
        return new SolutionSummary(id, 100 + id, "공급기업 " + id, category.name() + " " + id, category, List.of(),
                sections, areas, priceMin, priceMin == null ? null : priceMin * 2, 6, "", "", record);
    }
}
