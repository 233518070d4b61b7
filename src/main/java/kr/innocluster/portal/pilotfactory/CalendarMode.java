package kr.innocluster.portal.pilotfactory;

import java.time.LocalDate;

/** How the factory calendar shows a resource: one week of slots, or a month of days. */
public enum CalendarMode {

    WEEK("pf.calendar.week"),
    MONTH("pf.calendar.month");

    private final String messageKey;

    CalendarMode(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The label of the mode in the message bundle. */
    public String messageKey() {
        return messageKey;
    }

    /** The day {@code steps} weeks or months away from {@code anchor}: what "previous" and "next" move to. */
    public LocalDate move(LocalDate anchor, int steps) {
        return this == WEEK ? anchor.plusWeeks(steps) : anchor.plusMonths(steps);
    }
}
