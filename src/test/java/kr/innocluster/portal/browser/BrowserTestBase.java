package kr.innocluster.portal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kr.innocluster.portal.PortalTestConfiguration;
import kr.innocluster.portal.base.ClockReset;
import jakarta.mail.internet.MimeMessage;
import kr.innocluster.portal.localstack.KeycloakConsole;
import kr.innocluster.portal.localstack.MailServer;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.localstack.TestStackInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Browser tests: the portal on a real port, Debian's Chromium driven by Playwright, logins through the real Keycloak
 * login page. Fixed viewport, Korean locale, Seoul time; a screenshot is saved when a test fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = TestStackInitializer.class)
@Import(PortalTestConfiguration.class)
@TestExecutionListeners(listeners = ClockReset.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ExtendWith(ScreenshotOnFailure.class)
public abstract class BrowserTestBase {

    public static final String DEMO_PASSWORD = "demo1234";
    /** Self-registered and test-created users need a password the realm's policy accepts (12+ characters). */
    public static final String NEW_USER_PASSWORD = KeycloakConsole.TEST_PASSWORD;
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;
    /** Other computers' browsers kept open beside the current one ({@link #openAnotherComputer()}). */
    private final List<BrowserContext> otherComputers = new java.util.ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        // Pages of a dev-mode Vaadin app on a busy 2-core machine can take a while; the default 5 s is too tight.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"));
        chromiumExecutable().ifPresent(options::setExecutablePath);
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private TestInfo testInfo;

    @BeforeEach
    void openPage(TestInfo info) {
        testInfo = info;
        freshContext();
    }

    /**
     * Closes the current browser context (cookies, the Keycloak session) and opens a new one with the same fixed
     * viewport, locale and zone: the next person starts signed out, as on another computer.
     */
    protected void freshContext() {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 860)
                .setLocale("ko-KR")
                .setTimezoneId("Asia/Seoul")
                .setAcceptDownloads(true));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(60_000);
        ScreenshotOnFailure.track(testInfo, page);
    }

    /** Another person on another computer: a fresh browser context, signed in as {@code username}. */
    protected void switchUser(String username) {
        freshContext();
        loginAs(username);
    }

    /**
     * A second person at a second computer, while the first stays signed in with their page open (returned): the
     * next steps run in a fresh browser context; {@link #switchTo(Page)} goes back and forth.
     */
    protected Page openAnotherComputer() {
        Page first = page;
        otherComputers.add(context);
        context = null;
        freshContext();
        return first;
    }

    /** Makes a window of {@link #openAnotherComputer()} (or the one it replaced) the current one; both stay open. */
    protected void switchTo(Page window) {
        if (window == page) {
            return;
        }
        otherComputers.remove(window.context());
        otherComputers.add(context);
        context = window.context();
        page = window;
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        otherComputers.forEach(BrowserContext::close);
        otherComputers.clear();
    }

    protected static String baseUrl() {
        return TestStack.get().baseUrl();
    }

    protected void open(String path) {
        page.navigate(baseUrl() + "/" + path);
    }

    /** Opens the portal, follows "sign in" to Keycloak's own login page and signs in there (demo password). */
    protected void loginAs(String username) {
        loginAs(username, DEMO_PASSWORD);
    }

    protected void loginAs(String username, String password) {
        open("");
        page.locator("a.login-link, .hero a").first().click();
        submitKeycloakLogin(username, password);
        page.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + "/.*"));
        assertThat(page.locator(".main-layout")).isVisible();
    }

    protected void submitKeycloakLogin(String username, String password) {
        page.waitForSelector("#kc-form-login");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#kc-login");
    }

    /** Signs out through the user menu (in either language) and waits for the public landing page. */
    protected void logout() {
        page.locator(".user-menu-bar vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions()
                .setHasText(Pattern.compile("로그아웃|Sign out"))).click();
        page.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + "/?(\\?.*)?"));
        assertThat(page.locator(".hero")).isVisible();
    }

    /**
     * Self-registers a new account on Keycloak's registration page (it gets the attendee role), follows the
     * verification link Keycloak mails (the realm requires a verified e-mail) and returns the username; the browser
     * is then signed in as that user, whose password is {@link #NEW_USER_PASSWORD}. Tests that change a user's state
     * use such accounts so the demo users stay as they are.
     *
     * <p>With e-mail verification on, Keycloak 26.7's registration page asks for no password: the person sets it right
     * after following the link (so nobody can hold an account under an address they do not own).
     */
    protected String registerNewUser(String prefix) {
        return registerNewUser(prefix, null);
    }

    /**
     * Like {@link #registerNewUser(String)}, saving screenshots {@code <screenshots>-a-register},
     * {@code -b-verify-email}, {@code -c-set-password} and {@code -d-signed-in} of the steps (none when null).
     */
    protected String registerNewUser(String prefix, String screenshots) {
        String username = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String address = username + "@example.com";
        open("home");
        page.waitForSelector("#kc-form-login");
        page.locator("#kc-registration a, a[href*='registration']").first().click();
        page.fill("#username", username);
        page.fill("#email", address);
        page.fill("#firstName", "지우");
        page.fill("#lastName", "테스트");
        if (page.locator("#password").count() > 0) { // a realm without verifyEmail asks for it here
            page.fill("#password", NEW_USER_PASSWORD);
            page.fill("#password-confirm", NEW_USER_PASSWORD);
        }
        shoot(screenshots, "-a-register");
        page.locator("#kc-form-buttons input[type=submit], #kc-form-buttons button[type=submit]").first().click();
        page.waitForLoadState();
        shoot(screenshots, "-b-verify-email");
        MimeMessage mail = TestStack.get().mail().awaitMailTo(address);
        page.navigate(MailServer.linkIn(mail, "/login-actions/action-token"));
        Locator newPassword = page.locator("#password-new");
        Locator portal = page.locator(".main-layout");
        assertThat(newPassword.or(portal)).isVisible();
        if (newPassword.isVisible()) {
            newPassword.fill(NEW_USER_PASSWORD);
            page.fill("#password-confirm", NEW_USER_PASSWORD);
            shoot(screenshots, "-c-set-password");
            page.locator("#kc-passwd-update-form [type=submit]").first().click();
        }
        page.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + "/.*"));
        assertThat(page.locator("#home-attendee")).isVisible();
        shoot(screenshots, "-d-signed-in");
        return username;
    }

    private void shoot(String prefix, String step) {
        if (prefix != null) {
            screenshot(prefix + step);
        }
    }

    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Debian's Chromium where it exists (or CHROMIUM_PATH); otherwise Playwright's own browser, if installed. */
    private static java.util.Optional<Path> chromiumExecutable() {
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            return java.util.Optional.of(Path.of(configured));
        }
        Path debian = Path.of("/usr/bin/chromium");
        return Files.isExecutable(debian) ? java.util.Optional.of(debian) : java.util.Optional.empty();
    }
}
