package kr.innocluster.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import kr.innocluster.portal.localstack.KeycloakConsole;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.security.Roles;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles stay true in an open browser session, without signing out: a role revoked or granted in Keycloak's console
 * takes effect within the bound ({@code portal.session.refresh-after}, seconds in tests, five minutes live), a role
 * granted on the portal's users-and-roles screen at the person's very next navigation, and a disabled account is
 * signed out. All navigation here is Vaadin's in-app navigation (no page load), except where noted.
 *
 * <p>Runs in Failsafe with the browser tests (see the POM), though its name, fixed by the issue, ends in "Test".
 */
class RoleChangeTakesEffectTest extends BrowserTestBase {

    private static final Duration BOUND = TestStack.SESSION_REFRESH_AFTER;
    /** Slack for a busy two-core machine on top of the bound. */
    private static final Duration SLACK = Duration.ofSeconds(15);

    private final KeycloakConsole console = KeycloakConsole.ofTestStack();

    @Test
    void anOfficialWhoseRoleIsRevokedInTheConsoleLosesOfficialFunctionsWithinTheBoundAndAGrantedRoleAppears() {
        String username = "rc-official-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = console.createUser(username, "민서", "오", Roles.OFFICIAL);
        loginAs(username, NEW_USER_PASSWORD);
        goTo("security-log");
        assertThat(page.locator("#securitylog-grid")).isVisible();

        console.revokeRealmRole(userId, Roles.OFFICIAL);
        Duration took = navigateUntil(() -> !menu().innerText().contains("보안 접속기록"));

        assertThat(took).isLessThan(BOUND.plus(SLACK));
        goTo("home");
        assertThat(page.locator("#home-attendee")).isVisible();
        assertThat(page.locator(".user-menu")).not().containsText("담당 공무원");
        // the official's screen itself is refused now, in the same session (this one a page load)
        open("security-log");
        assertThat(page.locator("#no-access")).isVisible();

        console.grantRealmRole(userId, Roles.OPERATOR);
        navigateUntil(() -> page.locator("#home-operator").isVisible());

        assertThat(page.locator(".user-menu")).containsText("실증팩토리 운영자");
        screenshot("role-change-operator-home");
    }

    @Test
    void aRoleGrantedOnTheUsersAndRolesScreenAppearsAtThePersonsNextNavigation() {
        String username = "rc-reviewer-" + UUID.randomUUID().toString().substring(0, 8);
        console.createUser(username, "하린", "서");
        loginAs(username, NEW_USER_PASSWORD);
        assertThat(page.locator("#home-attendee")).isVisible();
        Page person = page;

        openAnotherComputer();
        Page admin = page;
        loginAs("admin");
        goTo("admin/users");
        assertThat(page.locator("#people-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("official@daegu-tp.example"))).isVisible();
        assertThat(page.locator("#recent-role-changes")).isVisible();
        screenshot("identity-users-and-roles");
        page.locator("#people-search input").fill(username);
        page.locator("#people-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(username))
                .first().click();
        assertThat(page.locator("#person-name")).hasText("서하린");
        assertThat(page.locator("#person-company")).isVisible();
        screenshot("identity-person");
        page.click("#grant-reviewer");
        page.locator("#reason textarea").fill("2026년 상반기 스마트공장 지원사업 평가위원 위촉");
        screenshot("identity-grant-dialog");

        // the person navigates once right before the decision: their next refresh can only come from the stamp
        switchTo(person);
        goTo("account");
        switchTo(admin);
        page.click("#reason-confirm");
        assertThat(page.locator("vaadin-notification-card.ic-notice-success")).isVisible();
        assertThat(page.locator(".identity-role-row[data-role=reviewer]")).containsText("보유");
        assertThat(page.locator("#person-role-history")).containsText("반영됨");
        screenshot("identity-granted");

        switchTo(person);
        goTo("home");
        assertThat(page.locator("#home-reviewer")).isVisible(new LocatorAssertions.IsVisibleOptions()
                .setTimeout(5_000));
        assertThat(page.locator(".user-menu")).containsText("평가위원");

        // the grant is in the security log, with who did it to whom
        switchTo(admin);
        goTo("security-log");
        assertThat(page.locator("#securitylog-grid")).containsText("로그인");
        String everything = page.locator("#securitylog-count").innerText();
        page.locator("#securitylog-account input").fill(username);
        page.locator("#securitylog-account input").press("Enter");
        // the person's sign-in, the administrator's two looks at their record and the grant
        assertThat(page.locator("#securitylog-count")).not().hasText(everything);
        assertThat(page.locator("#securitylog-count")).hasText(java.util.regex.Pattern.compile("기록 [3-9]건"));
        assertThat(page.locator("#securitylog-grid")).containsText("권한 부여");
        assertThat(page.locator("#securitylog-grid")).containsText("로그인");
        screenshot("security-log");
    }

    @Test
    void aDisabledAccountIsSignedOutAtItsNextNavigationWithinTheBound() {
        String username = "rc-disabled-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = console.createUser(username, "태민", "윤");
        loginAs(username, NEW_USER_PASSWORD);

        console.setEnabled(userId, false);
        Duration took = navigateUntil(() -> page.locator(".hero").isVisible());

        assertThat(took).isLessThan(BOUND.plus(SLACK));
        open("home");
        assertThat(page.locator("#kc-form-login")).isVisible();
    }

    /** Vaadin navigation through the side menu (no page load), to the item of the route {@code path}. */
    private void goTo(String path) {
        menu().locator("vaadin-side-nav-item[path$='" + path + "']").click();
    }

    private Locator menu() {
        return page.locator("vaadin-side-nav.main-nav");
    }

    /**
     * Navigates back and forth between home and the account page, as someone working would, until {@code done};
     * returns how long it took, or fails after the bound plus slack.
     */
    private Duration navigateUntil(BooleanSupplier done) {
        long started = System.nanoTime();
        long deadline = started + BOUND.plus(SLACK).toNanos();
        boolean home = false;
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still not changed after %s", BOUND.plus(SLACK)).isLessThan(deadline);
            if (menu().locator("vaadin-side-nav-item[path$='account']").count() > 0) {
                goTo(home ? "home" : "account");
                home = !home;
            }
            page.waitForTimeout(1_000);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
