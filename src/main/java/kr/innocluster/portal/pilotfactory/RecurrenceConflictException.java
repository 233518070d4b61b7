package kr.innocluster.portal.pilotfactory;

import java.util.List;
import kr.innocluster.portal.base.RuleException;

/**
 * Some occurrences of a weekly request break a rule and the user asked for all or nothing: nothing was saved. Carries
 * the occurrences that broke a rule, so the form can list them and offer to skip them.
 */
public class RecurrenceConflictException extends RuleException {

    private final transient List<Occurrence> conflicts;

    public RecurrenceConflictException(List<Occurrence> conflicts) {
        super("pf.error.recurrenceConflicts", conflicts.size());
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Occurrence> conflicts() {
        return conflicts;
    }
}
