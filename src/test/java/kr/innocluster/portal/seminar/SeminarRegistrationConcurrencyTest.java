package kr.innocluster.portal.seminar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.security.TestUsers;
import kr.innocluster.portal.seminar.domain.SeminarRegistration;
import kr.innocluster.portal.seminar.domain.SeminarRegistrationRepository;
import kr.innocluster.portal.seminar.domain.SeminarRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 people press "register" at the same moment for 100 seats, against the real PostgreSQL: the database decides,
 * nobody is overbooked, the waitlist keeps arrival order without gaps, and cancellations promote in that order.
 */
@IntegrationTest
class SeminarRegistrationConcurrencyTest {

    private static final int PEOPLE = 500;
    private static final int SEATS = 100;

    @Autowired
    SeminarFixtures fixtures;
    @Autowired
    SeminarRegistrationService registrationService;
    @Autowired
    SeminarRegistrationRepository registrations;
    @Autowired
    SeminarRepository seminarRows;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void fiveHundredSimultaneousRegistrationsForAHundredSeats() throws Exception {
        long seminarId = fixtures.published(fixtures.form("동시 신청 세미나 " + System.nanoTime(), SEATS, 7));
        String run = Long.toString(System.nanoTime(), 36);
        Map<String, RegistrationResult> results = new ConcurrentHashMap<>();
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());

        long burstNanos;
        // 500 people at once, served as Tomcat serves them: at most 200 requests in flight (server.tomcat.threads.max),
        // the rest queued in front of the threads, each waiting for a database connection within the pool's timeout
        try (ExecutorService pool = Executors.newFixedThreadPool(200)) {
            CountDownLatch ready = new CountDownLatch(PEOPLE);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                String username = "burst-" + run + "-" + i;
                futures.add(pool.submit(() -> {
                    TestUsers.signIn(username, "attendee");
                    try {
                        ready.countDown();
                        start.await();
                        results.put(username, registrationService.register(seminarId,
                                SeminarFixtures.registrationOf(username)));
                    } catch (Throwable e) {
                        errors.add(e);
                    } finally {
                        TestUsers.signOut();
                    }
                    return null;
                }));
            }
            ready.await(60, TimeUnit.SECONDS);
            long started = System.nanoTime();
            start.countDown();
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
            burstNanos = System.nanoTime() - started;
        }
        System.out.printf("[benchmark] %d simultaneous registrations for %d seats took %d ms (%.0f registrations/s)%n",
                PEOPLE, SEATS, burstNanos / 1_000_000, PEOPLE / (burstNanos / 1e9));

        assertThat(errors).isEmpty();
        assertThat(results).hasSize(PEOPLE);
        assertThat(results.values().stream().filter(RegistrationResult::confirmed)).hasSize(SEATS);
        List<SeminarRegistration> stored = registrations.findAllOfSeminar(seminarId);
        assertThat(stored).hasSize(PEOPLE);
        assertThat(stored.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)).hasSize(SEATS);
        assertThat(stored.stream().map(SeminarRegistration::getAttendeeSubject).distinct()).hasSize(PEOPLE);
        List<Integer> waitlist = stored.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .map(SeminarRegistration::getWaitlistNumber).sorted().toList();
        assertThat(waitlist).isEqualTo(IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());
        // what each person was told matches what was stored: positions 1..400, each once
        assertThat(results.values().stream().filter(r -> !r.confirmed()).map(RegistrationResult::waitlistPosition)
                .sorted().toList()).isEqualTo(waitlist);
        assertThat(seminarRows.findById(seminarId).orElseThrow().getConfirmedCount()).isEqualTo(SEATS);

        cancellationsPromoteInWaitlistOrder(seminarId, stored);
    }

    private void cancellationsPromoteInWaitlistOrder(long seminarId, List<SeminarRegistration> stored)
            throws Exception {
        Map<String, String> usernameOf = new ConcurrentHashMap<>();
        List<SeminarRegistration> confirmed = stored.stream()
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).limit(10).toList();
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (SeminarRegistration registration : confirmed) {
                String username = registration.getName();
                usernameOf.put(registration.getAttendeeSubject(), username);
                futures.add(pool.submit(() -> {
                    TestUsers.signIn(username, "attendee");
                    try {
                        start.await();
                        registrationService.cancel(registration.getId());
                    } catch (Throwable e) {
                        errors.add(e);
                    } finally {
                        TestUsers.signOut();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        }
        assertThat(errors).isEmpty();

        List<SeminarRegistration> after = registrations.findAllOfSeminar(seminarId);
        assertThat(after.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)).hasSize(SEATS);
        assertThat(after.stream().filter(r -> r.getStatus() == RegistrationStatus.CANCELLED)).hasSize(10);
        List<Integer> promoted = after.stream()
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED && r.getWaitlistNumber() != null)
                .map(SeminarRegistration::getWaitlistNumber).sorted().toList();
        assertThat(promoted).isEqualTo(IntStream.rangeClosed(1, 10).boxed().toList());
        assertThat(seminarRows.findById(seminarId).orElseThrow().getConfirmedCount()).isEqualTo(SEATS);

        // the person who arrived 11th in the waitlist is now first
        SeminarRegistration eleventh = after.stream().filter(r -> Integer.valueOf(11).equals(r.getWaitlistNumber()))
                .findFirst().orElseThrow();
        TestUsers.signIn(eleventh.getName(), "attendee");
        assertThat(registrationService.mineFor(seminarId).orElseThrow().waitlistPosition()).isEqualTo(1);
    }

    @Test
    void onePersonClickingTwentyTimesAtOnceGetsOneRegistration() throws Exception {
        long seminarId = fixtures.published(fixtures.form("중복 클릭 세미나 " + System.nanoTime(), 5, 7));
        String username = "double-click-" + System.nanoTime();
        List<Throwable> refusals = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                futures.add(pool.submit(() -> {
                    TestUsers.signIn(username, "attendee");
                    try {
                        start.await();
                        registrationService.register(seminarId, SeminarFixtures.registrationOf(username));
                    } catch (RuleException e) {
                        refusals.add(e);
                    } finally {
                        TestUsers.signOut();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        }
        assertThat(refusals).hasSize(19)
                .allMatch(e -> ((RuleException) e).messageKey().equals("seminar.register.error.duplicate"));
        assertThat(registrations.findAllOfSeminar(seminarId)).hasSize(1);
        assertThat(seminarRows.findById(seminarId).orElseThrow().getConfirmedCount()).isEqualTo(1);
    }
}
