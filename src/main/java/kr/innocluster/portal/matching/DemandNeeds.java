package kr.innocluster.portal.matching;

import java.util.Set;

/** What a demand company says it needs: solution categories, a budget in won (or none) and a free note. */
public record DemandNeeds(Set<SolutionCategory> categories, Long budgetMax, String note) {

    public DemandNeeds {
        categories = Set.copyOf(categories);
    }
}
