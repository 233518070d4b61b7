package kr.innocluster.load;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A day at the portal: anonymous visitors, attendees, companies and officials at once, each virtual user an active
 * person with a think time of 2 ± 1 s between actions, looping over their tasks for {@code duration} seconds.
 *
 * <p>System properties: {@code baseUrl} (http://localhost:18080), {@code users} (concurrent virtual users, all
 * scenarios together, 50), {@code mix} (percent anonymous,attendee,company,official: 40,30,15,15), {@code ramp}
 * (seconds, 30), {@code duration} (seconds each user keeps going after its start, 120), {@code password} (of the load
 * users that scripts/load-users.sh created: load-att-N, load-com-N, load-off-N), {@code think} (mean think time, s, 2).
 *
 * <p>Request groups (the benchmark's figures): open page, navigate, sign-in, register, save draft, search, calendar.
 * When a request fails (a node died, the session is gone) the user starts over: a fresh page, and a signed-in user is
 * signed in again through Keycloak's single sign-on (no password typed while Keycloak's session lives).
 */
public class PortalDaySimulation extends Simulation {

    static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:18080");
    static final int USERS = Integer.getInteger("users", 50);
    static final int RAMP = Integer.getInteger("ramp", 30);
    static final int DURATION = Integer.getInteger("duration", 120);
    static final String PASSWORD = System.getProperty("password", "Load-test-2026!");
    static final double THINK = Double.parseDouble(System.getProperty("think", "2"));
    static final int[] MIX = parseMix(System.getProperty("mix", "40,30,15,15"));

    private static int[] parseMix(String mix) {
        String[] parts = mix.split(",");
        int[] result = new int[4];
        for (int i = 0; i < 4; i++) {
            result[i] = Integer.parseInt(parts[i].trim());
        }
        return result;
    }

    static ChainBuilder think() {
        long mean = Math.round(THINK * 1000);
        return exec(session -> session).pause(Duration.ofMillis(mean / 2), Duration.ofMillis(mean * 3 / 2));
    }

    /** Gives each virtual user of a scenario its own Keycloak user (one login at a time per user: STACK.md). */
    static ChainBuilder user(String prefix, AtomicInteger counter) {
        return exec(session -> session.set("username", prefix + counter.incrementAndGet()).set("password", PASSWORD));
    }

    /** Loops {@code tasks} for the duration; after a failure starts over with {@code recover}. */
    static ChainBuilder loop(ChainBuilder start, ChainBuilder tasks) {
        return exitBlockOnFail().on(start).exec(
                during(Duration.ofSeconds(DURATION)).on(
                        exec(session -> session.isFailed() ? session.markAsSucceeded().set("recover", true)
                                : session.remove("recover"))
                                .doIf(session -> session.contains("recover")).then(
                                        group("recover").on(exitBlockOnFail().on(start)))
                                .exec(exitBlockOnFail().on(tasks))));
    }

    static String randomOf(List<String> routes, String what) {
        if (routes.isEmpty()) {
            throw new IllegalStateException("no " + what + " link in the UI");
        }
        return routes.get(ThreadLocalRandom.current().nextInt(routes.size()));
    }

    // ---- anonymous visitors: landing, programs, a seminar -----------------------------------------------------------

    static ScenarioBuilder anonymous() {
        ChainBuilder start = group("open page").on(Vaadin.open("landing", ""));
        ChainBuilder tasks = think()
                .group("navigate").on(Vaadin.navigate("programs", "programs"))
                .exec(think())
                .group("navigate").on(Vaadin.navigate("seminars", "seminars"))
                .exec(think())
                .group("navigate").on(Vaadin.navigate("seminar detail",
                        s -> randomOf(Vaadin.ui(s).routesStartingWith("seminars/"), "seminar")))
                .exec(think())
                .group("navigate").on(Vaadin.navigate("landing", ""));
        return scenario("anonymous").exec(loop(start, tasks));
    }

    // ---- attendees: sign in, register for a seminar, open the ticket -------------------------------------------------

    static ScenarioBuilder attendee(AtomicInteger counter) {
        ChainBuilder start = exec(user("load-att-", counter))
                .group("open page").on(Vaadin.open("landing", ""))
                .exec(think())
                .group("sign-in").on(Vaadin.signIn(BASE_URL));
        ChainBuilder tasks = think()
                .group("navigate").on(Vaadin.navigate("seminars", "seminars"))
                .exec(think())
                .group("navigate").on(Vaadin.navigate("seminar detail",
                        s -> randomOf(Vaadin.ui(s).routesStartingWith("seminars/"), "seminar")))
                .doIf(s -> Vaadin.ui(s).byId("register-button").isPresent()).then(
                        think().group("register").on(
                                Vaadin.type("register: phone", "reg-phone", (s, ui) -> "010-5555-"
                                                + String.format("%04d", ThreadLocalRandom.current().nextInt(10000)))
                                        .exec(Vaadin.check("register: consent", "reg-consent"))
                                        .exec(Vaadin.clickId("register: submit", "register-button"))))
                .exec(think())
                .group("navigate").on(Vaadin.navigate("my seminars (ticket)", "my-seminars"))
                .exec(session -> {
                    if (Vaadin.ui(session).find(n -> n.classes.contains("seminar-my-registration")).isEmpty()) {
                        throw new IllegalStateException("my-seminars shows no registration (no ticket)");
                    }
                    return session;
                });
        return scenario("attendee").exec(loop(start, tasks));
    }

    // ---- companies: sign in, open a program, save an application draft, browse the factory calendar ------------------

    static ScenarioBuilder company(AtomicInteger counter) {
        ChainBuilder start = exec(user("load-com-", counter))
                .group("open page").on(Vaadin.open("landing", ""))
                .exec(think())
                .group("sign-in").on(Vaadin.signIn(BASE_URL));
        ChainBuilder tasks = think()
                .group("navigate").on(Vaadin.navigate("programs", "programs"))
                .exec(think())
                .group("navigate").on(Vaadin.navigate("program detail",
                        s -> randomOf(Vaadin.ui(s).routesStartingWith("programs/"), "program")))
                .exec(think())
                .doIfOrElse(s -> Vaadin.ui(s).byId("apply").isPresent()).then(
                        group("save draft").on(Vaadin.clickId("apply (new draft)", "apply")))
                .orElse(group("navigate").on(Vaadin.navigate("my applications", "my-applications")
                        .exec(think())
                        .exec(Vaadin.navigate("application draft",
                                s -> randomOf(Vaadin.ui(s).routesStartingWith("my-applications/"), "application")))))
                .doIf(s -> Vaadin.ui(s).byId("save-draft").isPresent()).then(
                        think().group("save draft").on(
                                Vaadin.type("draft: title", "project-title",
                                                (s, ui) -> "스마트공장 고도화 " + s.getString("username"))
                                        .exec(Vaadin.uidl("draft: amount", (s, ui) -> {
                                            int field = ui.requireId("requested-amount").id();
                                            var rpc = UiState.rpc()
                                                    .add(UiState.sync(field, "value", "30000000"))
                                                    .add(UiState.event(field, "change", null));
                                            ui.find(n -> "vaadin-custom-field".equals(n.tag)
                                                            && n.children.contains(field))
                                                    .ifPresent(custom -> rpc.add(
                                                            UiState.event(custom.id(), "change", null)));
                                            return rpc;
                                        }))
                                        .exec(Vaadin.clickId("draft: save", "save-draft"))))
                .exec(think())
                .group("calendar").on(Vaadin.navigate("factory calendar", "pilot-factory")
                        .exec(think())
                        .exec(Vaadin.clickId("calendar: next week", "pf-next"))
                        .exec(think())
                        .exec(Vaadin.clickId("calendar: next week", "pf-next")));
        return scenario("company").exec(loop(start, tasks));
    }

    // ---- officials: sign in, fuzzy company search, application list ---------------------------------------------------

    private static final String[] SEARCHES = {"정밀", "로보", "바이오", "테크", "산업", "스마트", "한빛", "새별"};

    static ScenarioBuilder official(AtomicInteger counter) {
        ChainBuilder start = exec(user("load-off-", counter))
                .group("open page").on(Vaadin.open("landing", ""))
                .exec(think())
                .group("sign-in").on(Vaadin.signIn(BASE_URL));
        ChainBuilder tasks = think()
                .group("navigate").on(Vaadin.navigate("companies", "companies"))
                .exec(think())
                .group("search").on(exec(session -> session.set("search",
                                SEARCHES[ThreadLocalRandom.current().nextInt(SEARCHES.length)]))
                        .exec(Vaadin.uidl("company search", (s, ui) -> {
                            int field = ui.requireId("company-search").id();
                            return UiState.rpc().add(UiState.sync(field, "value", s.getString("search")))
                                    .add(UiState.event(field, "value-changed", null));
                        })))
                .exec(think())
                .group("navigate").on(Vaadin.navigate("programs", "programs"))
                .exec(think())
                .group("navigate").on(Vaadin.navigate("application list",
                        s -> randomOf(Vaadin.ui(s).routesStartingWith("programs/"), "program")
                                .replace("programs/", "program-admin/")))
                .exec(session -> {
                    if (Vaadin.ui(session).byId("intake-grid").isEmpty()
                            && Vaadin.ui(session).byId("program-manage").isEmpty()) {
                        throw new IllegalStateException("program page without its application list");
                    }
                    return session;
                });
        return scenario("official").exec(loop(start, tasks));
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE_URL)
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("ko-KR,ko;q=0.9,en;q=0.8")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) InnoClusterLoad/1.0 Chrome/156")
                .disableCaching()
                .maxRedirects(10);
    }

    {
        int[] counts = new int[4];
        int assigned = 0;
        for (int i = 0; i < 4; i++) {
            counts[i] = USERS * MIX[i] / 100;
            assigned += counts[i];
        }
        counts[0] += USERS - assigned;
        ScenarioBuilder[] scenarios = {anonymous(), attendee(new AtomicInteger()), company(new AtomicInteger()),
            official(new AtomicInteger())};
        List<PopulationBuilder> populations = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            if (counts[i] > 0) {
                populations.add(scenarios[i].injectOpen(rampUsers(counts[i]).during(Duration.ofSeconds(RAMP))));
            }
        }
        System.out.printf("[load] %s: %d users (anonymous %d, attendee %d, company %d, official %d), ramp %d s, "
                + "%d s each%n", BASE_URL, USERS, counts[0], counts[1], counts[2], counts[3], RAMP, DURATION);
        setUp(populations).protocols(protocol());
    }

    @Override
    public void after() {
        RoundTrips.write(System.getProperty("roundTrips"));
    }
}
