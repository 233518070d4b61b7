package kr.innocluster.portal.program;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.TestUsers;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * For program service tests: companies made up per test (any profile, any members; users not registered here fall
 * through to the real company registry) and a clock tests can move (no shift unless a test moves it). Imported by
 * {@code @IntegrationTest}, so every integration test shares one Spring context (a second context would replace
 * Vaadin's global security-context strategy under the first).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProgramFixtures.class)
public class ProgramTestSupport {

    @Bean
    @Primary
    TestCompanies testCompanies() {
        return new TestCompanies();
    }

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

    /** A registry of made-up companies: {@link #register} one, with its members by username. */
    static final class TestCompanies extends ApplicantCompanies {

        private static final AtomicLong IDS = new AtomicLong(900_000 + (System.nanoTime() % 10_000) * 10);
        private final Map<Long, ApplicantCompany> companies = new ConcurrentHashMap<>();
        private final Map<String, Long> memberOf = new ConcurrentHashMap<>();
        private final CurrentUser currentUser = new CurrentUser();

        ApplicantCompany register(String name, boolean verified, EligibilityProfile profile, String... usernames) {
            ApplicantCompany company = new ApplicantCompany(IDS.incrementAndGet(), name, verified, profile);
            companies.put(company.id(), company);
            for (String username : usernames) {
                memberOf.put(TestUsers.subjectOf(username), company.id());
            }
            return company;
        }

        static EligibilityProfile daeguManufacturer() {
            return new EligibilityProfile("대구", "소기업", "C29271", 3, LocalDate.of(2015, 3, 2), "ACTIVE");
        }

        @Override
        Optional<ApplicantCompany> companyOfCurrentUser() {
            Optional<Long> registered = currentUser.get().map(u -> memberOf.get(u.subject()));
            return registered.isPresent() ? registered.map(companies::get) : super.companyOfCurrentUser();
        }

        @Override
        boolean isMember(String userSubject, long companyId) {
            return companies.containsKey(companyId) ? Long.valueOf(companyId).equals(memberOf.get(userSubject))
                    : super.isMember(userSubject, companyId);
        }

        @Override
        Optional<ApplicantCompany> find(long companyId) {
            return companies.containsKey(companyId) ? Optional.of(companies.get(companyId)) : super.find(companyId);
        }

        @Override
        Optional<ApplicantCompany> companyOfUser(String userSubject) {
            return memberOf.containsKey(userSubject) ? Optional.of(companies.get(memberOf.get(userSubject)))
                    : super.companyOfUser(userSubject);
        }

    }
}
