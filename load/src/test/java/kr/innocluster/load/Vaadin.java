package kr.innocluster.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * Vaadin Flow's client protocol as Chromium speaks it with the portal (recorded with Playwright against the local run):
 *
 * <ol>
 * <li>{@code GET /<route>}: the bootstrap page, which sets the session cookie;</li>
 * <li>{@code GET /?v-r=init&location=<route>&...}: JSON with the UI id, {@code Vaadin-Security-Key} (CSRF token),
 *     {@code syncId}; the UI is still empty;</li>
 * <li>{@code POST /?v-r=uidl&v-uiId=<id>} with {@code ui-navigate} on node 1: builds the view;</li>
 * <li>right after each answer the browser sends, unasked, the initial property events of web components that were
 *     just attached (side-nav items, check boxes, the app layout) and confirms grid data updates.</li>
 * </ol>
 * Every UIDL request carries the token and the last {@code syncId}/{@code clientId}; every answer is checked for
 * Vaadin's error answers, which come with HTTP 200.
 */
public final class Vaadin {

    /** The query the client adds to the init request (browser details); the values Chromium sent. */
    private static final String BROWSER_DETAILS = "&query=&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280"
            + "&v-curdate=1796215515091&v-tzo=-540&v-dstd=0&v-rtzo=-540&v-dston=false&v-tzid=Asia%2FSeoul"
            + "&v-wn=v-0.5&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
            + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    private Vaadin() {
    }

    static UiState ui(Session session) {
        return session.get("ui");
    }

    /** A full page load of {@code route} (without the leading slash): bootstrap, init, first navigation. */
    public static ChainBuilder open(String request, String route) {
        String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        return exec(http(request + ": page").get("/" + route)
                        .check(status().is(200), substring("window.Vaadin").exists()))
                .exec(http(request + ": init").get("/?v-r=init&location=" + location + BROWSER_DETAILS)
                        .header("Accept", "application/json")
                        .check(status().is(200), bodyString().saveAs("initAnswer")))
                .exec(session -> session.set("ui", UiState.fromInit(session.getString("initAnswer")))
                        .remove("initAnswer").set("historyIndex", 0))
                .exec(uidl(request + ": view", (session, ui) -> UiState.rpc()
                        .add(UiState.navigate(route.isEmpty() ? "/" : route, "", 0))));
    }

    /** A click on a router link or side-nav item: client-side navigation in the same UI. */
    public static ChainBuilder navigate(String request, String route) {
        return navigate(request, session -> route);
    }

    public static ChainBuilder navigate(String request, java.util.function.Function<Session, String> route) {
        return exec(session -> session.set("historyIndex", session.getInt("historyIndex") + 1))
                .exec(uidl(request, (session, ui) -> UiState.rpc()
                        .add(UiState.navigate(route.apply(session), "client", session.getInt("historyIndex")))));
    }

    /** A click on the element with this DOM id (looked up in the UI's state tree). */
    public static ChainBuilder clickId(String request, String domId) {
        return uidl(request, (session, ui) -> UiState.rpc().add(UiState.click(ui.requireId(domId).id())));
    }

    /** Typing into a text field and leaving it (value sync + {@code change}), as with the default ON_CHANGE mode. */
    public static ChainBuilder type(String request, String domId, BiFunction<Session, UiState, String> value) {
        return uidl(request, (session, ui) -> {
            int node = ui.requireId(domId).id();
            return UiState.rpc().add(UiState.sync(node, "value", value.apply(session, ui)))
                    .add(UiState.event(node, "change", null));
        });
    }

    /** Typing into a field in LAZY/EAGER value-change mode: value sync + {@code value-changed}. */
    public static ChainBuilder typeLazy(String request, String domId, String value) {
        return uidl(request, (session, ui) -> {
            int node = ui.requireId(domId).id();
            return UiState.rpc().add(UiState.sync(node, "value", value))
                    .add(UiState.event(node, "value-changed", null));
        });
    }

    /** Ticking a check box. */
    public static ChainBuilder check(String request, String domId) {
        return uidl(request, (session, ui) -> {
            int node = ui.requireId(domId).id();
            return UiState.rpc().add(UiState.sync(node, "checked", true))
                    .add(UiState.event(node, "checked-changed", null));
        });
    }

    /** One UIDL round trip, then what the browser sends by itself after the answer. */
    public static ChainBuilder uidl(String request, BiFunction<Session, UiState, ArrayNode> rpc) {
        return exec(session -> session.set("uidlBody", ui(session).body(rpc.apply(session, ui(session)))))
                .exec(send(request))
                .exec(session -> {
                    ArrayNode followUp = ui(session).followUp();
                    return followUp.isEmpty() ? session.remove("uidlBody")
                            : session.set("uidlBody", ui(session).body(followUp));
                })
                .doIf(session -> session.contains("uidlBody")).then(exec(send(request + " (client sync)")));
    }

    private static ChainBuilder send(String request) {
        return exec(http(request).post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("#{uidlBody}"))
                .check(status().is(200),
                        bodyString().transform(body -> {
                            String failure = UiState.failureOf(body);
                            return failure == null ? "ok" : failure;
                        }).is("ok"),
                        bodyString().saveAs("uidlAnswer"),
                        responseTimeInMillis().saveAs("uidlMillis")))
                .exec(session -> {
                    RoundTrips.record(request, session.getInt("uidlMillis"));
                    ui(session).applyAnswer(session.getString("uidlAnswer"));
                    return session.remove("uidlAnswer");
                });
    }

    /**
     * Sign-in through Keycloak's real login form: the portal's authorization redirect, Keycloak's page (the form's
     * action is read from it), the posted credentials, the redirect chain back to the portal, then a fresh UI as the
     * browser loads it after the redirect. When Keycloak still has a session of this user (a user whose portal node
     * died starts over on the other node), Keycloak shows no form and sends the browser straight back to the portal:
     * single sign-on, no password ("sign-in: Keycloak login page" without a "sign-in: submit credentials").
     */
    public static ChainBuilder signIn(String baseUrl) {
        return exec(session -> session.remove("kcAction"))
                .exec(http("sign-in: Keycloak login page").get("/oauth2/authorization/keycloak")
                        .check(status().is(200), css("#kc-form-login", "action").optional().saveAs("kcAction"),
                                currentLocation().saveAs("signInLocation"),
                                bodyString().transform(body -> body.contains("window.Vaadin")).saveAs("portalPage")))
                .doIfOrElse(session -> session.contains("kcAction")).then(
                        exec(http("sign-in: submit credentials").post("#{kcAction}")
                                .formParam("username", "#{username}")
                                .formParam("password", "#{password}")
                                .formParam("credentialId", "")
                                .check(status().is(200),
                                        currentLocation().transform(l -> l.startsWith(baseUrl)).is(true),
                                        substring("window.Vaadin").exists())))
                .orElse(exec(session -> session.getString("signInLocation").startsWith(baseUrl)
                        && session.getBoolean("portalPage") ? session : session.markAsFailed()))
                .exec(http("sign-in: init").get("/?v-r=init&location=" + BROWSER_DETAILS)
                        .header("Accept", "application/json")
                        .check(status().is(200), bodyString().saveAs("initAnswer")))
                .exec(session -> session.set("ui", UiState.fromInit(session.getString("initAnswer")))
                        .remove("initAnswer").set("historyIndex", 0))
                .exec(uidl("sign-in: home", (session, ui) -> UiState.rpc().add(UiState.navigate("/", "", 0))));
    }
}
