package kr.innocluster.portal.fault;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import kr.innocluster.portal.browser.BrowserTestBase;
import kr.innocluster.portal.localstack.FaultStack;
import kr.innocluster.portal.localstack.FaultStackInitializer;
import org.junit.jupiter.api.AfterEach;
import org.springframework.test.context.ContextConfiguration;

/**
 * A fault test: a browser test whose portal runs against the {@link FaultStack}, parts it may break (stop PostgreSQL,
 * cut Keycloak or SMTP, break the upload folder). Run by Failsafe's own {@code fault-tests} execution in a JVM of its
 * own, after every other test. Every test leaves every part working again.
 */
@ContextConfiguration(initializers = FaultStackInitializer.class)
abstract class FaultTestBase extends BrowserTestBase {

    protected static FaultStack faults() {
        return FaultStack.get();
    }

    @AfterEach
    void repairEverything() {
        FaultStack faults = faults();
        faults.startDatabase();
        faults.keycloak().restore();
        faults.smtp().restore();
        faults.repairStorage();
    }

    /** What every worker thread of the portal is doing, when a wait failed (for the test's report). */
    protected static void dumpThreads() {
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            String name = thread.getName();
            if (name.startsWith("http-nio") || name.startsWith("fault-") || name.contains("exec")) {
                StringBuilder text = new StringBuilder("[fault] thread " + name + " " + thread.getState());
                for (int i = 0; i < Math.min(stack.length, 25); i++) {
                    text.append("\n    at ").append(stack[i]);
                }
                System.out.println(text);
            }
        });
    }

    /** Waits (polling, bounded) until {@code condition} holds; fails after {@code timeout}. */
    protected static long awaitTrue(String what, Duration timeout, BooleanSupplier condition) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                dumpThreads();
                throw new AssertionError(what + " did not happen within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return (System.nanoTime() - started) / 1_000_000;
    }
}
