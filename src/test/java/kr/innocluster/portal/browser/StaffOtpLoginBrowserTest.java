package kr.innocluster.portal.browser;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import kr.innocluster.portal.localstack.KeycloakConsole;
import kr.innocluster.portal.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Staff sign in through the production authentication flow of {@code realm-config/} ("portal browser"): password,
 * then a TOTP code, because official, operator and admin are composites of the marker role {@code mfa-required}.
 * The local run binds Keycloak's plain browser flow (demo users sign in without OTP); these tests bind the production
 * flow for their own time and put the local one back.
 */
class StaffOtpLoginBrowserTest extends BrowserTestBase {

    private static final String PRODUCTION_FLOW = "portal browser";

    private final KeycloakConsole console = KeycloakConsole.ofTestStack();
    private String localFlow;

    @BeforeEach
    void bindTheProductionFlow() {
        localFlow = console.browserFlow();
        console.bindBrowserFlow(PRODUCTION_FLOW);
    }

    @AfterEach
    void bindTheLocalFlowAgain() {
        console.bindBrowserFlow(localFlow);
    }

    @Test
    void anOfficialEntersTheCodeOfTheirAuthenticatorApp() {
        String secret = "otp-seed-" + UUID.randomUUID();
        String username = "otp-official-" + UUID.randomUUID().toString().substring(0, 8);
        console.createUserWithOtp(username, "지훈", "강", secret, Roles.OFFICIAL);

        open("home");
        submitKeycloakLogin(username, NEW_USER_PASSWORD);
        page.waitForSelector("#otp");
        screenshot("keycloak-otp");
        page.fill("#otp", Totp.code(secret, Instant.now()));
        page.click("#kc-login");

        page.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + "/.*"));
        assertThat(page.locator("#home-official")).isVisible();
    }

    @Test
    void aWrongCodeKeepsTheOfficialOutAndStaffWithoutAnAuthenticatorMustSetOneUp() {
        String secret = "otp-seed-" + UUID.randomUUID();
        String official = "otp-wrong-" + UUID.randomUUID().toString().substring(0, 8);
        console.createUserWithOtp(official, "수아", "배", secret, Roles.OFFICIAL);
        open("home");
        submitKeycloakLogin(official, NEW_USER_PASSWORD);
        page.waitForSelector("#otp");
        String wrong = Totp.code(secret, Instant.now()).equals("000000") ? "111111" : "000000";
        page.fill("#otp", wrong);
        page.click("#kc-login");
        assertThat(page.locator("#kc-form-login, #kc-otp-login-form").first()).isVisible();
        assertThat(page).not().hasURL(Pattern.compile(Pattern.quote(baseUrl()) + "/home.*"));

        freshContext();
        String operator = "otp-new-" + UUID.randomUUID().toString().substring(0, 8);
        console.createUser(operator, "현우", "남", Roles.OPERATOR);
        open("home");
        submitKeycloakLogin(operator, NEW_USER_PASSWORD);
        assertThat(page.locator("#kc-totp-secret-key, #kc-totp-settings").first()).isVisible();
        screenshot("keycloak-otp-setup");
    }

    @Test
    void peopleWithoutAStaffRoleStillSignInWithTheirPasswordAlone() {
        String username = "otp-free-" + UUID.randomUUID().toString().substring(0, 8);
        console.createUser(username, "유나", "진", Roles.COMPANY);

        open("home");
        submitKeycloakLogin(username, NEW_USER_PASSWORD);

        page.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + "/.*"));
        assertThat(page.locator("#home-company")).isVisible();
    }
}
