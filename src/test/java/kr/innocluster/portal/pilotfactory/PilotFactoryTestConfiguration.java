package kr.innocluster.portal.pilotfactory;

import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the pilot-factory tests can move, to check time rules (lead time, check-in after the slot, reminders). */
@TestConfiguration(proxyBeanMethods = false)
class PilotFactoryTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(ZoneId.of("Asia/Seoul"));
    }
}
