package kr.innocluster.portal.pilotfactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The system clock in Asia/Seoul, which a test can move forward (and back) to check time rules. */
class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    void setNow(Instant now) {
        offset = Duration.between(Instant.now(), now);
    }

    void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        MutableClock copy = new MutableClock(other);
        copy.offset = offset;
        return copy;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
