package kr.innocluster.portal.pilotfactory;

/**
 * Another request took the slot first: the database's exclusion constraint refused the second one. Shown to the user
 * as "that slot was just taken", never as an error.
 */
public class SlotTakenException extends BookingRuleException {

    public static final String MESSAGE_KEY = "pf.error.slotTaken";

    private final boolean detectedByDatabase;

    /**
     * @param detectedByDatabase true when the exclusion constraint refused the insert (the two requests raced), false
     *                           when the service already saw the other booking
     */
    public SlotTakenException(boolean detectedByDatabase) {
        super("startsAt", MESSAGE_KEY);
        this.detectedByDatabase = detectedByDatabase;
    }

    public boolean detectedByDatabase() {
        return detectedByDatabase;
    }
}
