package kr.innocluster.portal.pilotfactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 requests of the two verified demo companies (한빛정밀 as {@code company}, 새별로보틱스 as {@code company2}) race
 * for 10 one-hour slots of one resource, all released at once against the real PostgreSQL. The exclusion constraint
 * must leave exactly one booking per slot, and every loser must get "slot taken".
 */
@IntegrationTest
class BookingOverlapConcurrencyTest {

    static final int SLOTS = 10;
    static final int CONTENDERS_PER_SLOT = 20;

    @Autowired
    BookingService bookingService;
    @Autowired
    PilotFactoryService factory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PilotFactoryFixtures fixtures;

    @Test
    void simultaneousConflictingRequestsNeverOverlapAndEveryLoserHearsTheSlotWasTaken() throws Exception {
        ResourceSummary resource = fixtures.resource("동시성 시험 라인",
                d -> d.setOpeningHours(PilotFactoryFixtures.aroundTheClock()));
        LocalDate day = PilotFactoryFixtures.futureMonday(6);

        int total = SLOTS * CONTENDERS_PER_SLOT;
        ExecutorService pool = Executors.newFixedThreadPool(total);
        CountDownLatch ready = new CountDownLatch(total);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger won = new AtomicInteger();
        AtomicInteger takenByDatabase = new AtomicInteger();
        AtomicInteger takenByService = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> otherErrors = new ConcurrentLinkedQueue<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            int slot = i % SLOTS;
            String user = (i / SLOTS) % 2 == 0 ? "company" : "company2";
            Instant start = PilotFactoryFixtures.at(day, 8 + slot, 0);
            futures.add(pool.submit(() -> {
                TestUsers.signIn(user, "company");
                try {
                    ready.countDown();
                    go.await();
                    long t0 = System.nanoTime();
                    try {
                        bookingService.request(PilotFactoryFixtures.request(resource, start,
                                start.plus(Duration.ofHours(1))));
                        won.incrementAndGet();
                    } catch (SlotTakenException e) {
                        (e.detectedByDatabase() ? takenByDatabase : takenByService).incrementAndGet();
                    } catch (Throwable e) {
                        otherErrors.add(e);
                    } finally {
                        latencies.add((System.nanoTime() - t0) / 1_000);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    TestUsers.signOut();
                }
            }));
        }
        ready.await();
        long started = System.nanoTime();
        go.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        pool.shutdown();

        Integer overlaps = jdbc.queryForObject("""
                select count(*) from pf_booking a
                join pf_booking b on a.resource_id = b.resource_id and a.id < b.id
                  and tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')
                where a.resource_id = ? and a.status in ('REQUESTED', 'APPROVED')
                  and b.status in ('REQUESTED', 'APPROVED')
                """, Integer.class, resource.id());
        Integer live = jdbc.queryForObject(
                "select count(*) from pf_booking where resource_id = ? and status in ('REQUESTED', 'APPROVED')",
                Integer.class, resource.id());

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("[BookingOverlapConcurrencyTest] %d requests on %d slots in %d ms (%.0f req/s): "
                        + "%d booked, %d slot-taken by the exclusion constraint, %d by the service's check, "
                        + "%d other errors; latency p50 %d ms, p95 %d ms, max %d ms%n",
                total, SLOTS, elapsedMs, total * 1000.0 / Math.max(1, elapsedMs), won.get(), takenByDatabase.get(),
                takenByService.get(), otherErrors.size(), sorted.get(sorted.size() / 2) / 1000,
                sorted.get(sorted.size() * 95 / 100) / 1000, sorted.getLast() / 1000);

        assertThat(otherErrors).isEmpty();
        assertThat(overlaps).isZero();
        assertThat(live).isEqualTo(SLOTS);
        assertThat(won.get()).isEqualTo(SLOTS);
        assertThat(takenByDatabase.get() + takenByService.get()).isEqualTo(total - SLOTS);
    }

    /**
     * The service's own overlap check cannot see a booking that is not committed yet: then the exclusion constraint
     * decides. Request A is held open inside a transaction while request B for the same slot runs; B's insert waits
     * for A, and when A commits, B hears "slot taken".
     */
    @Test
    void theExclusionConstraintDecidesWhenTheServiceCannotSeeTheOtherRequestYet() throws Exception {
        ResourceSummary resource = fixtures.resource("제약 시험 라인",
                d -> d.setOpeningHours(PilotFactoryFixtures.aroundTheClock()));
        Instant start = PilotFactoryFixtures.at(PilotFactoryFixtures.futureMonday(7), 10, 0);
        BookingRequest same = PilotFactoryFixtures.request(resource, start, start.plus(Duration.ofHours(2)));
        CountDownLatch aInserted = new CountDownLatch(1);
        CountDownLatch bStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);

        Future<?> a = pool.submit(() -> {
            TestUsers.signIn("company", "company");
            try {
                transaction.executeWithoutResult(status -> {
                    bookingService.request(same);
                    aInserted.countDown();
                    try {
                        bStarted.await();
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } finally {
                TestUsers.signOut();
            }
            return null;
        });
        aInserted.await();
        Future<Throwable> b = pool.submit(() -> {
            TestUsers.signIn("company2", "company");
            bStarted.countDown();
            try {
                bookingService.request(same);
                return null;
            } catch (Throwable e) {
                return e;
            } finally {
                TestUsers.signOut();
            }
        });
        a.get();
        Throwable outcome = b.get();
        pool.shutdown();

        assertThat(outcome).isInstanceOfSatisfying(SlotTakenException.class,
                e -> assertThat(e.detectedByDatabase()).isTrue());
        assertThat(jdbc.queryForObject("select count(*) from pf_booking where resource_id = ?", Integer.class,
                resource.id())).isEqualTo(1);
    }
}
