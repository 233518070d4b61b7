package kr.innocluster.portal.program;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * For program service tests: real companies registered per test ({@link TestCompanies}), fixtures, and a clock tests
 * can move (no shift unless a test moves it). Imported by
 * {@code @IntegrationTest}, so every integration test shares one Spring context (a second context would replace
 * Vaadin's global security-context strategy under the first).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ProgramFixtures.class, TestCompanies.class})
public class ProgramTestSupport {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    /** The system clock in Asia/Seoul, shifted by what a test asks; {@link #reset()} after each test. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

        void moveBy(Duration duration) {
            shift.updateAndGet(d -> d.plus(duration));
        }

        void reset() {
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
}
