package kr.innocluster.portal.company;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innocluster.portal.browser.BrowserTestBase;
import kr.innocluster.portal.identity.IdentityService;
import kr.innocluster.portal.identity.RoleChange;
import kr.innocluster.portal.identity.RoleChangeState;
import kr.innocluster.portal.localstack.KeycloakConsole;
import kr.innocluster.portal.localstack.KeycloakServer;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way into the portal for a person from an SME, without anyone opening Keycloak's console: they sign up on
 * Keycloak's page, follow the mailed verification link, register their company, an official verifies it, and in the
 * browser they never signed out of, the company menus appear at their next navigation and they apply to a program.
 * The second case verifies a company while Keycloak is stopped: the grant waits in the outbox and reaches Keycloak,
 * and the person's open session, when Keycloak returns. Screenshots: target/screenshots/onboarding-*.png.
 */
class CompanyOnboardingBrowserTest extends BrowserTestBase {

    /** An open demo program for small manufacturers (KSIC C) in Daegu or Gyeongbuk, smart-factory level 2+. */
    private static final String PROGRAM = "2026 제조 AX 실증 지원사업";
    /** How long a person may have to keep navigating before a granted role shows (applied right after commit). */
    private static final Duration ROLE_ARRIVAL = Duration.ofSeconds(30);
    private static final Pattern COMPANY_PAGE = Pattern.compile(".*/companies/(\\d+)$");

    @Autowired
    CompanyService companies;
    @Autowired
    CompanyDirectoryService directory;
    @Autowired
    IdentityService identity;

    private final KeycloakConsole console = KeycloakConsole.ofTestStack();

    @Test
    void aNewPersonSignsUpRegistersTheirCompanyAndAppliesOnceAnOfficialVerifiedItWithoutSigningOut()
            throws Exception {
        long started = System.nanoTime();
        String username = registerNewUser("onboard", "onboarding-01");
        mark("signed up and verified the e-mail", started);
        String name = "온보딩정밀 " + username.substring(username.length() - 4) + " 주식회사";
        assertThat(page.locator("#register-company-cta")).isEnabled();
        assertThat(companyMenu()).hasCount(0);

        page.locator("#register-company-cta").click();
        page.waitForURL(Pattern.compile(".*/my-company/register$"));
        fillTheForm(CompanyFixtures.freshBusinessNumber(), name, username + "@example.com");
        screenshot("onboarding-02-register-company");
        page.locator("#company-register-submit").click();
        page.waitForURL(COMPANY_PAGE);
        String companyId = companyIdIn(page.url());
        assertThat(page.locator("#company-status")).hasText("검증 대기");
        screenshot("onboarding-03-company-awaiting-verification");
        goTo("home");
        assertThat(page.locator("#company-home-open")).isVisible();
        assertThat(companyMenu()).hasCount(0);
        screenshot("onboarding-04-home-awaiting-verification");
        mark("registered the company", started);

        Page person = openAnotherComputer();
        loginAs("official");
        open("companies/" + companyId);
        assertThat(page.locator("#company-name")).hasText(name);
        page.locator("#company-verify").click();
        assertThat(page.locator("#company-status")).hasText("검증 완료");
        screenshot("onboarding-05-official-verified");
        mark("an official verified it", started);

        switchTo(person);
        Duration arrival = navigateUntilCompanyMenus();
        mark("company menus in the open session after " + arrival.toMillis() + " ms", started);
        assertThat(page.locator("#company-home-open")).isVisible();
        assertThat(page.locator(".company-home")).containsText("검증 완료");
        screenshot("onboarding-06-home-with-company-role");

        goTo("programs");
        page.locator(".program-card", new Page.LocatorOptions().setHasText(PROGRAM)).locator("a").first().click();
        page.waitForURL(Pattern.compile(".*/programs/\\d+$"));
        assertThat(page.locator(".program-eligibility")).containsText("지원 가능");
        page.click("#apply");
        page.waitForURL(Pattern.compile(".*/my-applications/\\d+$"));
        page.locator("#project-title input").fill("AI 비전검사 라인 실증");
        page.locator("#requested-amount input").fill("40000000");
        page.fill("#summary textarea", "- 현황: 육안 검사\n- 목표: 불량 유출 0건");
        page.click("#save-draft");
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("저장했습니다")))
                .isVisible();
        Path pdf = Files.createTempFile("plan", ".pdf");
        Files.write(pdf, "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        for (String document : new String[] {"사업계획서", "사업자등록증"}) { // what the program requires
            Locator row = page.locator(".program-document-row", new Page.LocatorOptions().setHasText(document));
            row.locator("input[type=file]").setInputFiles(pdf);
            assertThat(row.locator(".program-document-link")).containsText(".pdf");
        }
        screenshot("onboarding-07-application-draft");
        page.click("#submit-application");
        assertThat(page.locator(".program-application-status").first()).hasText("제출됨");
        screenshot("onboarding-08-application-submitted");
        mark("applied to a program", started);
    }

    @Test
    void aCompanyVerifiedWhileKeycloakIsStoppedGetsItsRoleWhenKeycloakReturns() throws Exception {
        long started = System.nanoTime();
        KeycloakServer keycloak = TestStack.get().keycloak();
        String username = "onboard-kc-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = console.createUser(username, "서준", "박");
        loginAs(username, NEW_USER_PASSWORD);
        page.locator("#register-company-cta").click();
        page.waitForURL(Pattern.compile(".*/my-company/register$"));
        String name = "점검중테크 " + username.substring(username.length() - 4) + " 주식회사";
        fillTheForm(CompanyFixtures.freshBusinessNumber(), name, username + "@example.com");
        page.locator("#company-register-submit").click();
        page.waitForURL(COMPANY_PAGE);
        long companyId = Long.parseLong(companyIdIn(page.url()));
        mark("registered the company", started);

        try {
            keycloak.stop();
            mark("Keycloak stopped", started);
            RoleChange pending = verifyAsOfficialAndFindTheGrant(companyId, userId);
            assertThat(pending.state()).isEqualTo(RoleChangeState.PENDING);
            assertThat(pending.reason()).isEqualTo("company#" + companyId);

            // the person keeps working while Keycloak is away: the portal says the access is on its way
            goTo("account");
            goTo("home");
            assertThat(page.locator("#company-access-pending")).isVisible();
            assertThat(companyMenu()).hasCount(0);
            screenshot("onboarding-11-access-pending-while-keycloak-is-down");
            RoleChange stillPending = grantOf(userId);
            assertThat(stillPending.state()).isEqualTo(RoleChangeState.PENDING);
            assertThat(stillPending.attempts()).isPositive();
            mark("verified while Keycloak is down, grant pending after " + stillPending.attempts() + " attempt(s)",
                    started);

            long restarting = System.nanoTime();
            keycloak.restart(Duration.ofMinutes(4));
            mark("Keycloak back after " + (System.nanoTime() - restarting) / 1_000_000 + " ms", started);

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!console.realmRoles(userId).contains(Roles.COMPANY) && System.nanoTime() < deadline) {
                Thread.sleep(500); // the outbox retries on its own schedule; nothing for a user to do here
            }
            assertThat(console.realmRoles(userId)).contains(Roles.COMPANY);
            assertThat(grantOf(userId).state()).isEqualTo(RoleChangeState.APPLIED);
            mark("company role in Keycloak", started);

            Duration arrival = navigateUntilCompanyMenus();
            mark("company menus in the open session after " + arrival.toMillis() + " ms", started);
            assertThat(page.locator("#company-home-open")).isVisible();
            screenshot("onboarding-12-company-role-after-keycloak-returned");

            // a fresh sign-in works again too (the portal's OIDC client talks to the restarted Keycloak)
            openAnotherComputer();
            loginAs("official");
            open("companies/" + companyId);
            assertThat(page.locator("#company-status")).hasText("검증 완료");
            mark("official signed in again", started);
        } finally {
            if (!keycloak.isRunning()) {
                keycloak.restart(Duration.ofMinutes(4));
            }
        }
    }

    /** The demo official verifies the company through the service (their browser would need Keycloak to sign in). */
    private RoleChange verifyAsOfficialAndFindTheGrant(long companyId, String userId) {
        try {
            TestUsers.signIn("official", Roles.OFFICIAL);
            CompanyDetails company = companies.details(companyId);
            assertThat(directory.verify(companyId, company.version()).status()).isEqualTo(CompanyStatus.VERIFIED);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return grantOf(userId);
    }

    /** The latest {@code company} grant for the person, from the administrators' role history (no Keycloak needed). */
    private RoleChange grantOf(String userId) {
        try {
            TestUsers.signIn("admin", Roles.ADMIN);
            return identity.latestRoleChanges(50).stream()
                    .filter(change -> change.userId().equals(userId) && change.role().equals(Roles.COMPANY))
                    .findFirst().orElseThrow(() -> new AssertionError("no company grant for " + userId));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Goes back and forth between home and the account page with the side menu (Vaadin navigation, no page load), as
     * someone working would, until the company menus show, ending at home; fails after {@link #ROLE_ARRIVAL}.
     */
    private Duration navigateUntilCompanyMenus() {
        long started = System.nanoTime();
        long deadline = started + ROLE_ARRIVAL.toNanos();
        boolean home;
        do {
            assertThat(System.nanoTime()).as("no company menus after %s", ROLE_ARRIVAL).isLessThan(deadline);
            // a click on the menu item of the page one is on reuses the view: always go somewhere else
            home = !page.url().endsWith("/home");
            goTo(home ? "home" : "account");
            try {
                assertThat(companyMenu()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(2_000));
                break;
            } catch (AssertionError notYet) {
                // the grant has not reached the session yet: navigate again
            }
        } while (true);
        assertThat(page.locator("vaadin-side-nav-item[path$='my-applications']")).isVisible();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!home) {
            goTo("home"); // the last navigation went to the account page
        }
        return took;
    }

    private Locator companyMenu() {
        return page.locator("vaadin-side-nav.main-nav vaadin-side-nav-item[path$='my-company']");
    }

    /** Vaadin navigation through the side menu, to the item of the route {@code path}. */
    private void goTo(String path) {
        page.locator("vaadin-side-nav.main-nav vaadin-side-nav-item[path$='" + path + "']").first().click();
        page.waitForURL(Pattern.compile(".*/" + Pattern.quote(path) + "$"));
    }

    private static String companyIdIn(String url) {
        Matcher id = COMPANY_PAGE.matcher(url);
        assertThat(id.matches()).as(url).isTrue();
        return id.group(1);
    }

    private static void mark(String step, long started) {
        System.out.printf("[onboarding] %6d ms  %s%n", (System.nanoTime() - started) / 1_000_000, step);
    }

    /** A small manufacturer in Daegu (KSIC C29280, level 2): eligible for {@link #PROGRAM}. */
    private void fillTheForm(String businessNumber, String name, String email) {
        field("businessNumber").fill(businessNumber);
        field("name").fill(name);
        field("ceoName").fill("박서준");
        choose("region", "대구광역시");
        field("address").fill("대구광역시 북구 호국로 807");
        field("ksicCode").fill("C29280");
        choose("sizeClass", "소기업");
        field("foundedOn").fill("2015-03-02");
        field("foundedOn").press("Enter");
        field("employees").fill("12");
        field("annualRevenue").fill("1500000000");
        choose("smartFactoryLevel", "2단계 (중간1)");
        page.locator("#company-kind vaadin-checkbox", new Page.LocatorOptions().setHasText("수요기업")).click();
        field("contactName").fill("박서준");
        field("contactPhone").fill("010-2345-6789");
        field("contactEmail").fill(email);
    }

    private Locator field(String name) {
        return page.locator("#company-" + name + " input");
    }

    private void choose(String name, String label) {
        page.locator("#company-" + name).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(label)).first().click();
    }
}
