package kr.innocluster.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parks {@code sessions} open Vaadin UIs on the portal and keeps them idle for {@code park} seconds, so the benchmark
 * can read the live heap after a full GC with N sessions against the figure with none. One UI per session, as a browser
 * tab that was opened and left: {@code kind=anonymous} (the landing page), {@code official} (signed in, home page),
 * {@code company} (signed in, the pilot factory calendar). When the last session is open the file {@code readyFile}
 * is written; the benchmark measures then.
 */
public class ParkedSessionsSimulation extends Simulation {

    static final String KIND = System.getProperty("kind", "anonymous");
    static final int SESSIONS = Integer.getInteger("sessions", 100);
    static final int PARK = Integer.getInteger("park", 60);
    static final int RAMP = Integer.getInteger("ramp", 20);
    static final String READY_FILE = System.getProperty("readyFile", "");
    private static final AtomicInteger OPEN = new AtomicInteger();
    private static final AtomicInteger USERS = new AtomicInteger();

    static ChainBuilder opened() {
        return exec(session -> {
            if (OPEN.incrementAndGet() == SESSIONS && !READY_FILE.isBlank()) {
                try {
                    Files.writeString(Path.of(READY_FILE), SESSIONS + " " + KIND + "\n");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return session;
        });
    }

    {
        ChainBuilder open = switch (KIND) {
            case "anonymous" -> Vaadin.open("landing", "");
            case "official" -> exec(PortalDaySimulation.user("load-off-", USERS)).exec(Vaadin.signIn(
                    PortalDaySimulation.BASE_URL));
            case "company" -> exec(PortalDaySimulation.user("load-com-", USERS))
                    .exec(Vaadin.signIn(PortalDaySimulation.BASE_URL))
                    .exec(Vaadin.navigate("factory calendar", "pilot-factory"));
            default -> throw new IllegalArgumentException("kind: anonymous, official or company");
        };
        setUp(scenario("parked " + KIND).exec(open).exec(opened()).pause(Duration.ofSeconds(PARK))
                .injectOpen(rampUsers(SESSIONS).during(Duration.ofSeconds(RAMP))))
                .protocols(PortalDaySimulation.protocol());
    }
}
