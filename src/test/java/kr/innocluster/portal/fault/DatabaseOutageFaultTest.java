package kr.innocluster.portal.fault;

import com.microsoft.playwright.Locator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kr.innocluster.portal.localstack.FaultStack;
import kr.innocluster.portal.notification.NotificationService;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops while people work: they are told within seconds that the service is temporarily unavailable (never
 * that their lists are empty), the node leaves the load balancer's rotation (readiness DOWN), and when PostgreSQL is
 * back the portal serves again without a restart and every change it confirmed is in the database.
 */
class DatabaseOutageFaultTest extends FaultTestBase {

    /** "A few seconds": up to two waits of the pool (2 s each) plus the page's own work on a busy 2-core machine. */
    private static final Duration TOLD_WITHIN = Duration.ofSeconds(12);

    @Autowired
    NotificationService notifications;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theDatabaseUnderTestCommitsSynchronously() throws SQLException {
        try (Connection connection = DriverManager.getConnection(faults().jdbcUrl());
             Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "fsync")).isEqualTo("on");
        }
    }

    @Test
    void whilePostgresIsAwayUsersAreToldAndAfterItReturnsNothingConfirmedIsLost() throws Exception {
        loginAs("company");
        open("pilot-factory/my");
        assertThat(page.locator("#pf-my-bookings")).isVisible();
        assertThat(readiness()).isEqualTo(200);

        // someone keeps working meanwhile: each confirmed change is remembered
        ConcurrentLinkedQueue<String> confirmed = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean working = new AtomicBoolean(true);
        String marker = "fault-" + System.nanoTime() + "-";
        Thread worker = Thread.ofPlatform().name("fault-worker").start(() -> {
            TestUsers.signIn("company", "company");
            for (int i = 0; working.get(); i++) {
                try {
                    notifications.notifyUser(TestUsers.subjectOf("company"), marker + i, "body", null);
                    confirmed.add(marker + i);
                } catch (RuntimeException failed) {
                    if (refused.incrementAndGet() == 1) {
                        System.out.println("[fault] first refused change: " + failed);
                    }
                }
                sleep(50);
            }
        });
        sleep(500);

        long stopped = System.nanoTime();
        faults().stopDatabase();
        System.out.printf("[fault] PostgreSQL stopped in %d ms%n", millisSince(stopped));

        long readinessDown = awaitTrue("readiness DOWN", Duration.ofSeconds(20), () -> readiness() == 503);
        System.out.printf("[fault] readiness DOWN %d ms after PostgreSQL stopped%n", millisSince(stopped));

        long t = System.nanoTime();
        open("pilot-factory/my");
        expectToldUnavailable("pf-my-bookings", "아직 예약이 없습니다");
        System.out.printf("[fault] 내 실증 예약: told within %d ms%n", millisSince(t));
        screenshot("fault-db-my-bookings");

        t = System.nanoTime();
        open("my-applications");
        expectToldUnavailable("my-applications", "아직 신청서가 없습니다");
        System.out.printf("[fault] 내 신청: told within %d ms%n", millisSince(t));
        screenshot("fault-db-my-applications");

        t = System.nanoTime();
        open("home");
        Locator told = page.locator("#temporarily-unavailable, .ic-load-failed").first();
        assertThat(told).isVisible();
        assertThat(page.locator("body")).not().containsText("아직 신청한 지원사업이 없습니다");
        assertThat(page.locator("body")).not().containsText("신청한 세미나가 없습니다");
        System.out.printf("[fault] 홈: told within %d ms%n", millisSince(t));
        assertThat(millisSince(t)).isLessThan(TOLD_WITHIN.toMillis());
        screenshot("fault-db-home");

        long restarted = System.nanoTime();
        faults().startDatabase();
        System.out.printf("[fault] PostgreSQL started again in %d ms%n", millisSince(restarted));
        awaitTrue("readiness UP", FaultStack.RECOVERY, () -> readiness() == 200);
        System.out.printf("[fault] readiness UP %d ms after PostgreSQL started%n", millisSince(restarted));

        // the same browser session goes on, no restart of the portal
        open("pilot-factory/my");
        assertThat(page.locator("#pf-my-bookings vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("\\d:\\d\\d"))).first())
                .isVisible(); // 한빛정밀's demo bookings (their times)
        assertThat(page.locator(".ic-load-failed")).hasCount(0);
        open("my-applications");
        assertThat(page.locator("#my-applications vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("₩")).first()).isVisible(); // its demo applications
        assertThat(page.locator(".ic-load-failed")).hasCount(0);
        screenshot("fault-db-recovered");

        sleep(1_000);
        working.set(false);
        worker.join(10_000);
        Set<String> stored = storedNoticeTitles(marker);
        System.out.printf("[fault] changes confirmed %d, refused %d, stored %d (readiness went down after %d ms)%n",
                confirmed.size(), refused.get(), stored.size(), readinessDown);
        assertThat(refused.get()).as("some changes were refused while PostgreSQL was away").isPositive();
        assertThat(stored).as("every confirmed change is in the database").containsAll(confirmed);
        assertThat(confirmed).as("changes succeed again after PostgreSQL returned").isNotEmpty();
    }

    /** The page says the service is unavailable (page or list state) and never shows the list's empty state. */
    private void expectToldUnavailable(String viewId, String emptyState) {
        long started = System.nanoTime();
        Locator told = page.locator("#temporarily-unavailable, #" + viewId + " .ic-load-failed, .ic-load-failed");
        assertThat(told.first()).isVisible();
        assertThat(page.locator("body")).not().containsText(emptyState);
        assertThat(page.locator("#temporarily-unavailable, .ic-load-failed").first())
                .containsText(java.util.regex.Pattern.compile("잠시 후 다시 시도해 주세요"));
        assertThat(millisSince(started)).isLessThan(TOLD_WITHIN.toMillis());
    }

    private int readiness() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(10)).build();
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            System.out.printf("[fault] readiness %d in %d ms: %s%n", response.statusCode(), millisSince(started),
                    response.body());
            return response.statusCode();
        } catch (java.io.IOException e) {
            System.out.println("[fault] readiness: " + e);
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Set<String> storedNoticeTitles(String marker) throws SQLException {
        Set<String> titles = new TreeSet<>();
        try (Connection connection = DriverManager.getConnection(faults().jdbcUrl());
             PreparedStatement query = connection.prepareStatement("select title from portal_notice where title like ?")) {
            query.setString(1, marker + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    titles.add(rows.getString(1));
                }
            }
        }
        return titles;
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet row = statement.executeQuery("show " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
