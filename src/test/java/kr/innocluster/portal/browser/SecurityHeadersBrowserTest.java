package kr.innocluster.portal.browser;

import com.microsoft.playwright.ConsoleMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy breaks no main screen: a real Chromium opens each of them as the person who uses it and
 * no {@code securitypolicyviolation} event fires (nor a CSP message on the console). The same check runs against the
 * production jar with {@code scripts/csp-check.sh}; these tests run in Vaadin's development mode.
 */
class SecurityHeadersBrowserTest extends BrowserTestBase {

    /** Collects every violation of the page's policy into {@code window.__cspViolations}, from the first script on. */
    static final String COLLECT_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':'
                + e.lineNumber + ' ' + (e.sample || '')));
            """;

    static final Map<String, List<String>> SCREENS = Map.of(
            "", List.of("", "programs", "seminars"),
            "company", List.of("home", "my-company", "programs", "my-applications", "seminars", "my-seminars",
                    "pilot-factory", "pilot-factory/my", "notices", "account"),
            "official", List.of("home", "companies", "program-admin", "program-admin/reviewers", "seminar-admin",
                    "pilot-factory/requests", "pilot-factory/resources", "pilot-factory/utilisation", "mail-log",
                    "security-log"),
            "reviewer", List.of("home", "reviews"),
            "admin", List.of("home", "admin/users", "admin/system"));

    private final List<String> violations = new ArrayList<>();
    private final Consumer<ConsoleMessage> console = message -> {
        if (message.text().contains("Content Security Policy")) {
            violations.add("console: " + message.text());
        }
    };

    @Test
    void noMainScreenViolatesTheContentSecurityPolicy() {
        for (String user : List.of("", "company", "official", "reviewer", "admin")) {
            if (user.isEmpty()) {
                freshContext();
            } else {
                switchUser(user);
            }
            page.addInitScript(COLLECT_VIOLATIONS);
            page.onConsoleMessage(console);
            for (String screen : SCREENS.get(user)) {
                open(screen);
                assertThat(page.locator(".main-layout, .hero").first()).isVisible();
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                @SuppressWarnings("unchecked")
                List<Object> seen = (List<Object>) page.evaluate("() => window.__cspViolations || []");
                seen.forEach(v -> violations.add((user.isEmpty() ? "visitor" : user) + " /" + screen + ": " + v));
            }
        }
        screenshot("csp-last-screen");

        assertThat(violations).isEmpty();
    }
}
