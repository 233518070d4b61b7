package kr.innocluster.portal.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The ranking rule, a pure function. A solution's score is the sum of the points of the factors that apply; the
 * reasons shown are exactly those factors, so the score always equals the sum of the reasons' points:
 * <ul>
 * <li>same industry: the solution targets the company's KSIC section: {@value #SAME_SECTION};</li>
 * <li>diagnosis gap: per weak area of the company's latest diagnosis the solution addresses: {@value #PER_WEAK_AREA}
 * (at most two areas count);</li>
 * <li>stated need: the company asked for the solution's category: {@value #STATED_NEED};</li>
 * <li>budget: the solution's lowest price is within the company's stated budget: {@value #BUDGET_FIT};</li>
 * <li>completed supported projects of the supplier: {@value #PER_PROJECT} each, at most {@value #MAX_PROJECTS}
 * counted;</li>
 * <li>verified pilot results: {@value #PER_PILOT} each, at most two counted;</li>
 * <li>ratings: when the average is above 3, ten points per star above 3 (4.6 gives 16); lower averages give none;</li>
 * <li>years in business: one point a year, at most {@value #MAX_YEARS}.</li>
 * </ul>
 * A supplier flagged closed or suspended is never recommended. More evidence (projects, pilot results, years) never
 * lowers a score, and scores only add, so it never lowers a rank, other things equal. Ties: more completed projects
 * first, then the older catalogue entry.
 */
public final class SolutionRanking {

    static final int SAME_SECTION = 30;
    static final int PER_WEAK_AREA = 20;
    static final int STATED_NEED = 20;
    static final int BUDGET_FIT = 10;
    static final int PER_PROJECT = 5;
    static final int MAX_PROJECTS = 5;
    static final int PER_PILOT = 10;
    static final int MAX_YEARS = 10;

    private SolutionRanking() {
    }

    public static List<RankedSolution> rank(DemandProfile company, List<SolutionSummary> solutions) {
        record Scored(SolutionSummary solution, int score, List<MatchReason> reasons) {
        }
        List<Scored> scored = new ArrayList<>();
        for (SolutionSummary s : solutions) {
            if (s.trackRecord().flagged()) {
                continue;
            }
            List<MatchReason> reasons = reasons(company, s);
            scored.add(new Scored(s, reasons.stream().mapToInt(MatchReason::points).sum(), reasons));
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(x -> -x.solution().trackRecord().completedProjects())
                .thenComparingLong(x -> x.solution().id()));
        List<RankedSolution> ranked = new ArrayList<>();
        for (Scored s : scored) {
            ranked.add(new RankedSolution(ranked.size() + 1, s.solution(), s.score(), s.reasons()));
        }
        return ranked;
    }

    /** The factors that apply to one solution, in a fixed order, each with its points (always more than zero). */
    static List<MatchReason> reasons(DemandProfile company, SolutionSummary s) {
        List<MatchReason> reasons = new ArrayList<>();
        TrackRecord t = s.trackRecord();
        if (company.ksicSection() != null && s.targetSections().contains(company.ksicSection())) {
            reasons.add(new MatchReason(MatchFactor.SAME_SECTION, SAME_SECTION, List.of(company.ksicSection())));
        }
        List<String> gaps = company.weakAreas().stream().filter(s.areas()::contains).sorted().limit(2)
                .map(Enum::name).toList();
        if (!gaps.isEmpty()) {
            reasons.add(new MatchReason(MatchFactor.WEAK_AREA, PER_WEAK_AREA * gaps.size(), gaps));
        }
        if (company.neededCategories().contains(s.category())) {
            reasons.add(new MatchReason(MatchFactor.STATED_NEED, STATED_NEED, List.of(s.category().name())));
        }
        if (company.budgetMax() != null && s.priceMin() != null && s.priceMin() <= company.budgetMax()) {
            reasons.add(new MatchReason(MatchFactor.BUDGET_FIT, BUDGET_FIT, List.of()));
        }
        if (t.completedProjects() > 0) {
            reasons.add(new MatchReason(MatchFactor.COMPLETED_PROJECTS,
                    PER_PROJECT * Math.min(t.completedProjects(), MAX_PROJECTS),
                    List.of(String.valueOf(t.completedProjects()))));
        }
        if (t.pilotVerified() > 0) {
            reasons.add(new MatchReason(MatchFactor.PILOT_VERIFIED, PER_PILOT * Math.min(t.pilotVerified(), 2),
                    List.of(String.valueOf(t.pilotVerified()))));
        }
        if (t.ratingAverage() != null && t.ratingAverage() > 3) {
            int points = (int) Math.round((t.ratingAverage() - 3) * 10);
            if (points > 0) {
                reasons.add(new MatchReason(MatchFactor.RATING, points,
                        List.of(String.format(Locale.ROOT, "%.1f", t.ratingAverage()))));
            }
        }
        if (t.yearsInBusiness() > 0) {
            reasons.add(new MatchReason(MatchFactor.YEARS_IN_BUSINESS, Math.min(t.yearsInBusiness(), MAX_YEARS),
                    List.of(String.valueOf(t.yearsInBusiness()))));
        }
        return reasons;
    }
}
