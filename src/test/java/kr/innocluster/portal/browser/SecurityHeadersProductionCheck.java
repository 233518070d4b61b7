package kr.innocluster.portal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.innocluster.portal.localstack.TestStack;

/**
 * The production-mode half of the CSP check ({@code scripts/csp-production-check.sh}, outside {@code verify}): starts
 * the test stack (PostgreSQL, Keycloak with the demo users, SMTP), runs the PRODUCTION jar
 * ({@code ./mvnw -Pproduction package}) against it with demo data, and opens every screen of
 * {@link SecurityHeadersBrowserTest#SCREENS} in Chromium as the person who uses it, collecting
 * {@code securitypolicyviolation} events and CSP console messages. Prints them and exits 1 when there is any.
 */
public final class SecurityHeadersProductionCheck {

    private SecurityHeadersProductionCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = args.length > 0 ? Path.of(args[0]) : findJar();
        TestStack stack = TestStack.get();
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-Xmx768m",
                "-jar", jar.toString(), "--vaadin.productionMode=true", "--portal.storage.dir=target/csp-check-uploads"));
        stack.properties().forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = Path.of("target/csp-production-check-portal.log");
        Process portal = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit;
        try {
            awaitReady(stack.baseUrl(), portal, log);
            String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            System.out.println("[csp] production bundle served: " + !html.contains("VAADIN/@vite")
                    + ", landing CSP: " + HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(stack.baseUrl() + "/")).build(), HttpResponse.BodyHandlers.discarding())
                    .headers().firstValue("content-security-policy").orElse("(none)"));
            List<String> violations = check(stack.baseUrl());
            violations.forEach(v -> System.out.println("[csp] VIOLATION " + v));
            System.out.println(violations.isEmpty() ? "[csp] no securitypolicyviolation on any main screen "
                    + "(production jar, " + SecurityHeadersBrowserTest.SCREENS.values().stream().mapToInt(List::size)
                    .sum() + " screens)" : "[csp] " + violations.size() + " violation(s)");
            exit = violations.isEmpty() ? 0 : 1;
        } finally {
            portal.destroy();
            portal.waitFor();
        }
        System.exit(exit);
    }

    static List<String> check(String baseUrl) {
        List<String> violations = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage"));
            if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
                options.setExecutablePath(Path.of("/usr/bin/chromium"));
            }
            Browser browser = playwright.chromium().launch(options);
            for (String user : List.of("", "company", "official", "reviewer", "admin")) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ko-KR")
                        .setViewportSize(1366, 860));
                Page page = context.newPage();
                page.setDefaultTimeout(30_000);
                String who = user.isEmpty() ? "visitor" : user;
                page.onConsoleMessage(m -> {
                    if (m.text().contains("Content Security Policy")) {
                        violations.add(who + " console: " + m.text());
                    }
                });
                if (!user.isEmpty()) {
                    page.navigate(baseUrl + "/");
                    page.locator("a.login-link, .hero a").first().click();
                    page.waitForSelector("#kc-form-login");
                    page.fill("#username", user);
                    page.fill("#password", BrowserTestBase.DEMO_PASSWORD);
                    page.click("#kc-login");
                    page.waitForSelector(".main-layout");
                }
                page.addInitScript(SecurityHeadersBrowserTest.COLLECT_VIOLATIONS);
                for (String screen : SecurityHeadersBrowserTest.SCREENS.get(user)) {
                    page.navigate(baseUrl + "/" + screen);
                    page.locator(".main-layout, .hero").first().waitFor();
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    @SuppressWarnings("unchecked")
                    List<Object> seen = (List<Object>) page.evaluate("() => window.__cspViolations || []");
                    seen.forEach(v -> violations.add(who + " /" + screen + ": " + v));
                    System.out.println("[csp] " + who + " /" + screen + ": " + seen.size() + " violation(s)");
                }
                context.close();
            }
            browser.close();
        }
        return violations;
    }

    private static void awaitReady(String baseUrl, Process portal, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < 120; i++) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("the production jar stopped; see " + log);
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    Thread.sleep(5_000); // demo data is written right after startup
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(2_000);
        }
        throw new IllegalStateException("the production jar did not become ready; see " + log);
    }

    private static Path findJar() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("innocluster-portal-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("build it: ./mvnw -Pproduction package"));
        }
    }
}
