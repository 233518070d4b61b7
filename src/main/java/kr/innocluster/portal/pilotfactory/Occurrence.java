package kr.innocluster.portal.pilotfactory;

import java.time.Instant;
import kr.innocluster.portal.base.Message;
import kr.innocluster.portal.base.RuleException;

/**
 * One occurrence of a (possibly weekly) request, with the rule it breaks ({@code problem}, and the form field it
 * concerns), or none.
 */
public record Occurrence(Instant startsAt, Instant endsAt, String field, Message problem) {

    static Occurrence passing(TimeRange range) {
        return new Occurrence(range.start(), range.end(), null, null);
    }

    static Occurrence breaking(TimeRange range, String field, String messageKey, Object... args) {
        return new Occurrence(range.start(), range.end(), field, Message.of(messageKey, args));
    }

    public boolean ok() {
        return problem == null;
    }

    /** The refusal when this occurrence is the whole request. */
    RuleException refusal() {
        return RuleException.onField(field, problem.key(), problem.argsArray());
    }
}
