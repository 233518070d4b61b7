package kr.innocluster.portal.fault;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak stops (or hangs): people who are signed in keep working; a new sign-in gets the portal's own "sign-in
 * temporarily unavailable" page instead of a browser error on the dead Keycloak; once Keycloak is back, sign-in works.
 */
class KeycloakOutageFaultTest extends FaultTestBase {

    @Test
    void whileKeycloakIsAwaySignedInUsersWorkOnAndNewSignInsGetAFriendlyPage() {
        loginAs("company");
        Page signedIn = page;

        faults().keycloak().cut();
        page.waitForTimeout(1_500); // the portal's last answer from Keycloak is kept 1 s here (10 s live)

        // the person who is signed in keeps working
        open("my-applications");
        assertThat(page.locator("#my-applications")).isVisible();
        open("pilot-factory/my");
        assertThat(page.locator("#pf-my-bookings")).isVisible();
        assertThat(page.locator(".ic-load-failed")).hasCount(0);

        // someone else signs in: the portal's own page, not the browser's "site can't be reached"
        openAnotherComputer();
        open("");
        long started = System.nanoTime();
        page.locator("a.login-link").first().click();
        assertThat(page.locator("#sign-in-unavailable")).isVisible();
        System.out.printf("[fault] Keycloak cut: sign-in page shown after %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        assertThat(page.url()).startsWith(baseUrl() + "/sign-in-unavailable");
        assertThat(page.locator("#sign-in-unavailable h2")).hasText("지금은 로그인할 수 없습니다");
        screenshot("fault-keycloak-sign-in-unavailable");
        // a protected page asks for a sign-in: the same page
        open("home");
        assertThat(page.locator("#sign-in-unavailable")).isVisible();

        // back at the first computer, still working
        switchTo(signedIn);
        open("home");
        assertThat(page.locator("#home-company")).isVisible();

        faults().keycloak().restore();
        page.waitForTimeout(1_500);
        openAnotherComputer();
        open("sign-in-unavailable");
        page.locator("#sign-in-again").click();
        submitKeycloakLogin("company2", DEMO_PASSWORD);
        page.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + "/.*"));
        assertThat(page.locator(".main-layout")).isVisible();
        assertThat(page.locator("#home-company")).isVisible();
    }

    @Test
    void aKeycloakThatHangsIsTreatedAsAway() {
        faults().keycloak().hang();
        page.waitForTimeout(1_500);
        long started = System.nanoTime();
        open("home");
        assertThat(page.locator("#sign-in-unavailable")).isVisible();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[fault] Keycloak hangs: sign-in page shown after %d ms%n", millis);
        assertThat(millis).isLessThan(10_000);

        faults().keycloak().restore();
        page.waitForTimeout(1_500);
        loginAs("company2");
        assertThat(page.locator("#home-company")).isVisible();
    }
}
