package kr.innocluster.portal.pilotfactory;

import java.time.Instant;

/** One occurrence of a (possibly weekly) request, with the rule it breaks, or none. */
public record Occurrence(Instant startsAt, Instant endsAt, RuleViolation problem) {

    public boolean ok() {
        return problem == null;
    }
}
