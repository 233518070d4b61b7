package kr.innocluster.portal.pilotfactory;

import java.util.List;

/** Some occurrences of a weekly request break a rule and the user asked for all or nothing: nothing was saved. */
public class RecurrenceConflictException extends BookingRuleException {

    private final transient List<Occurrence> conflicts;

    public RecurrenceConflictException(List<Occurrence> conflicts) {
        super("weeks", "pf.error.recurrenceConflicts", conflicts.size());
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Occurrence> conflicts() {
        return conflicts;
    }
}
