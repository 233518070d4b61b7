package kr.innocluster.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The program pages each role sees, with the demo programs, as a user would look at them. */
class ProgramPagesBrowserTest extends BrowserTestBase {

    @Test
    void visitorsSeeOpenProgramsOnTheLandingPageAndTheAnnouncement() {
        open("");
        assertThat(page.locator("#landing-programs")).containsText("2026 제조 AX 실증 지원사업");
        screenshot("program-landing");

        page.locator("#landing-programs a", new Page.LocatorOptions().setHasText("2026 제조 AX 실증 지원사업")).click();
        assertThat(page.locator("#program-detail h2")).hasText("2026 제조 AX 실증 지원사업");
        assertThat(page.locator("#program-detail")).containsText("기술성 30");
        screenshot("program-announcement");
    }

    @Test
    void anOfficialSeesTheRankingWithEveryReviewersScoresAndTheAuditTrail() {
        loginAs("official");
        open("program-admin");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("2026 스마트공장 고도화 지원사업 (1차)")).first().click();
        assertThat(page.locator("#program-header")).containsText("2026 스마트공장 고도화 지원사업 (1차)");
        screenshot("program-manage-intake");
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("순위·선정")).click();
        assertThat(page.locator("#ranking-grid")).isVisible();
        screenshot("program-manage-ranking");
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("처리 이력")).click();
        assertThat(page.locator("#audit-grid")).isVisible();
        screenshot("program-manage-audit");
        open("program-admin/new");
        assertThat(page.locator("#program-form")).isVisible();
        screenshot("program-new");
        Locator rubricNames = page.locator("#program-form vaadin-custom-field vaadin-text-field input");
        assertThat(rubricNames.first()).hasValue("기술성");
        rubricNames.last().scrollIntoViewIfNeeded();
        screenshot("program-new-rubric");
    }

    @Test
    void aReviewerSeesTheirAssignments() {
        loginAs("reviewer");
        assertThat(page.locator("#home-reviews")).isVisible();
        open("reviews");
        assertThat(page.locator("#reviews")).isVisible();
        screenshot("program-reviews");
    }
}
