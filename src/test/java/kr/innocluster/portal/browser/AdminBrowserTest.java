package kr.innocluster.portal.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The administrator's and the shared screens as their users see them (screenshots under target/screenshots). */
class AdminBrowserTest extends BrowserTestBase {

    @Test
    void theAdministratorSeesTheRealDatabaseAndIdentityProvider() {
        loginAs("admin");

        open("admin/system");

        assertThat(page.locator("vaadin-form-layout")).containsText("PostgreSQL 15");
        assertThat(page.locator("vaadin-form-layout")).containsText("/realms/innocluster");
        screenshot("admin-system");
    }

    @Test
    void anOfficialReadsTheMailLogAndEveryoneTheirAccount() {
        loginAs("official");

        open("mail-log");
        assertThat(page.locator("vaadin-grid")).isVisible();
        screenshot("official-mail-log");

        open("account");
        assertThat(page.locator("#account-name")).hasText("김정민");
        assertThat(page.locator("#account-roles")).containsText("담당 공무원");
        screenshot("official-account");

        open("notices");
        assertThat(page.locator(".narrow-page")).isVisible();
        screenshot("official-notices");
    }
}
