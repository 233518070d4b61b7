package kr.innocluster.portal.pilotfactory;

import java.time.ZoneId;
import kr.innocluster.portal.security.CurrentUser;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The company registry is another feature (not on main yet): these tests link users to companies through
 * {@link TestBookingCompanies}. The clock can be moved to check time rules (check-in after the slot, reminders).
 */
@TestConfiguration(proxyBeanMethods = false)
class PilotFactoryTestConfiguration {

    @Bean
    @Primary
    TestBookingCompanies testBookingCompanies(CurrentUser currentUser) {
        return new TestBookingCompanies(currentUser);
    }

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(ZoneId.of("Asia/Seoul"));
    }
}
