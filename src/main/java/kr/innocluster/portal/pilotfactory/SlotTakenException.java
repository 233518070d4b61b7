package kr.innocluster.portal.pilotfactory;

import java.util.Map;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.Message;

/**
 * Another request took the slot first. Shown to the user as "that slot was just taken", never as an error. Kept as a
 * subclass of {@link ConflictException} because the request form closes and reloads the calendar on it, and because
 * the concurrency test tells apart who noticed: the service's own check or the database's exclusion constraint.
 */
public class SlotTakenException extends ConflictException {

    public static final String MESSAGE_KEY = "pf.error.slotTaken";

    private final boolean detectedByDatabase;

    /**
     * @param detectedByDatabase true when the exclusion constraint refused the insert (the two requests raced), false
     *                           when the service already saw the other booking
     */
    public SlotTakenException(boolean detectedByDatabase) {
        super(Message.of(MESSAGE_KEY), Map.of("startsAt", Message.of(MESSAGE_KEY)));
        this.detectedByDatabase = detectedByDatabase;
    }

    public boolean detectedByDatabase() {
        return detectedByDatabase;
    }
}
