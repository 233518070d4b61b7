package kr.innocluster.portal.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The portal's clock in every test: the system clock in Asia/Seoul, shifted by what a test asks. The one shared test
 * context holds one instance; {@link ClockReset} sets it back after every test, so a test that moves it cannot leak
 * the shift into the next.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    public void moveBy(Duration duration) {
        shift.updateAndGet(d -> d.plus(duration));
    }

    /** Moves the clock so that "now" is {@code instant} at the moment of the call (time then runs on from there). */
    public void moveTo(Instant instant) {
        shift.set(Duration.between(Instant.now(), instant));
    }

    public void reset() {
        shift.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Asia/Seoul");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), shift.get());
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift.get());
    }
}
