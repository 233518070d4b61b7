package kr.innocluster.portal.pilotfactory.ui;

import java.time.Instant;
import kr.innocluster.portal.base.DisplayZone;

/** "2026-11-21 19:00 ~ 22:00", or with the end date when a booking runs past midnight. */
final class When {

    private When() {
    }

    static String of(DisplayZone zone, Instant start, Instant end) {
        String from = zone.formatDateTime(start);
        String to = zone.formatDateTime(end);
        return from + " ~ " + (from.substring(0, 10).equals(to.substring(0, 10)) ? to.substring(11) : to);
    }
}
