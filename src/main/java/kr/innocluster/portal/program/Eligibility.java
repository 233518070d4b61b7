package kr.innocluster.portal.program;

import java.util.List;

/** The result of checking a company against a program's rules; reasons are empty when eligible. */
public record Eligibility(List<EligibilityReason> reasons) {

    public Eligibility {
        reasons = List.copyOf(reasons);
    }

    public boolean eligible() {
        return reasons.isEmpty();
    }
}
