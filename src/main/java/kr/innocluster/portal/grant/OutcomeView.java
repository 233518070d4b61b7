package kr.innocluster.portal.grant;

import java.time.Instant;
import java.time.LocalDate;

/** A yearly outcome survey; year 0 is the year before support (the baseline). */
public record OutcomeView(long id, long projectId, int yearNo, LocalDate dueOn, OutcomeForm figures,
                          Instant submittedAt) {

    public boolean answered() {
        return submittedAt != null;
    }
}
