package kr.innocluster.portal;

import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.company.CompanyFixtures;
import kr.innocluster.portal.matching.MatchingFixtures;
import kr.innocluster.portal.perf.StatementCounter;
import kr.innocluster.portal.grant.GrantFixtures;
import kr.innocluster.portal.pilotfactory.PilotFactoryFixtures;
import kr.innocluster.portal.pilotproject.PilotProjectFixtures;
import kr.innocluster.portal.program.ProgramFixtures;
import kr.innocluster.portal.seminar.SeminarFixtures;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * What every Spring test adds to the portal, in ONE configuration so that every integration and browser test shares
 * one Spring context (a second context replaces Vaadin's global security-context strategy under the first and broke
 * other features' security tests): the movable clock and each feature's fixtures.
 *
 * <p>Fixture style, the same in every feature: one {@code <Feature>Fixtures} {@code @TestComponent} in the feature's
 * test package, which builds data through the real services as the user who would do each step, with static
 * builders for valid forms. Companies for any feature's test come from {@link CompanyFixtures}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({CompanyFixtures.class, ProgramFixtures.class, SeminarFixtures.class, PilotFactoryFixtures.class,
        MatchingFixtures.class, PilotProjectFixtures.class, StatementCounter.class, GrantFixtures.class})
public class PortalTestConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
