package kr.innocluster.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole grant journey in the browser: the official publishes a program, the company applies with a PDF, the
 * official assigns the reviewer, the reviewer scores, the official approves and records the agreement, and the
 * company sees the approval and confirms the agreement. Needs the company registry (demo company 한빛정밀 주식회사,
 * verified, with user {@code company}).
 */
class ProgramJourneyBrowserTest extends BrowserTestBase {

    @Test
    void fromAnnouncementToConfirmedAgreement() throws Exception {
        assumeTrue(companyRegistryPresent(), "needs the company registry (issue 3)");
        String title = "브라우저 실증 지원사업 " + UUID.randomUUID().toString().substring(0, 6);

        loginAs("official");
        open("program-admin/new");
        fill("#program-title", title);
        fill("#program-host", "대구테크노파크");
        fill("#program-budget", "500000000");
        fill("#program-max-grant", "50000000");
        screenshot("program-editor");
        chooseRegion("대구광역시");
        chooseRegion("경상북도");
        page.locator("#program-size-classes vaadin-checkbox", new Page.LocatorOptions()
                .setHasText("소기업")).click();
        page.locator("#program-size-classes").scrollIntoViewIfNeeded();
        screenshot("program-editor-eligibility");
        page.click("#save-program");
        page.waitForURL(Pattern.compile(".*/program-admin/\\d+$"));
        String programId = lastNumber(page.url());
        page.click("#publish-program");
        assertThat(page.locator("#program-header")).containsText("게시");
        logout();

        loginAs("company");
        open("programs/" + programId);
        assertThat(page.locator(".program-eligibility")).containsText("지원 가능");
        assertThat(page.locator(".program-rules")).containsText("대구광역시, 경상북도");
        assertThat(page.locator(".program-rules")).containsText("소기업");
        page.click("#apply");
        page.waitForURL(Pattern.compile(".*/my-applications/\\d+$"));
        String applicationId = lastNumber(page.url());
        fill("#project-title", "AI 비전검사 라인 실증");
        fill("#requested-amount", "40000000");
        page.fill("#summary textarea", "- 현황: 육안 검사\n- 목표: 불량 유출 0건");
        page.click("#save-draft");
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("저장했습니다")))
                .isVisible();
        Path pdf = Files.createTempFile("plan", ".pdf");
        Files.write(pdf, "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        page.locator(".program-document-row").first().locator("input[type=file]").setInputFiles(pdf);
        assertThat(page.locator(".program-document-row").first().locator(".program-document-link")).containsText(".pdf");
        screenshot("application-editor");
        page.click("#submit-application");
        assertThat(page.locator(".program-application-status").first()).hasText("제출됨");
        page.click("#withdraw-application");
        assertThat(page.locator("#reason")).isVisible();
        screenshot("application-withdraw-reason");
        page.click("#reason-cancel");
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
        logout();

        loginAs("official");
        open("program-admin/" + programId);
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("AI 비전검사 라인 실증")).first()
                .click();
        page.click("#accept-application");
        page.locator("#reviewer-choice input").fill("박서연");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("박서연")).first().click();
        page.click("#assign-reviewer");
        assertThat(status("심사 중")).isVisible();
        screenshot("official-assigned");
        closeDialog();
        logout();

        loginAs("reviewer");
        open("reviews");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("AI 비전검사 라인 실증")).first()
                .click();
        Locator choices = page.locator(".program-score-choice");
        assertThat(choices).hasCount(5);
        for (int i = 0; i < 5; i++) {
            choices.nth(i).locator("vaadin-radio-button").nth(3).click();
        }
        assertThat(page.locator("#weighted-total")).containsText("80");
        page.click("#submit-review");
        assertThat(page.locator("#review-sheet")).containsText("읽기 전용");
        screenshot("review-sheet");
        logout();

        loginAs("official");
        open("program-admin/" + programId);
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("AI 비전검사 라인 실증")).first()
                .click();
        page.click("#select-application");
        assertThat(status("선정")).isVisible();
        page.click("#record-agreement");
        page.click("#save-agreement");
        assertThat(page.locator("#agreement")).containsText("기업 확인 대기");
        screenshot("official-selected");
        closeDialog();
        logout();

        loginAs("company");
        open("my-applications/" + applicationId);
        assertThat(page.locator(".program-application-status").first()).hasText("선정");
        assertThat(page.locator("#timeline")).containsText("선정");
        page.click("#confirm-agreement");
        assertThat(page.locator(".program-application-status").first()).hasText("협약 체결");
        assertThat(page.locator("#agreement")).containsText("협약 확인 완료");
        screenshot("company-agreement");
    }

    /** Picks a region in the multi-select by typing its label and clicking it. */
    private void chooseRegion(String label) {
        page.locator("#program-regions input").fill(label);
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText(label)).first().click();
        page.keyboard().press("Escape");
    }

    private void closeDialog() {
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("닫기")).click();
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
    }

    private Locator status(String text) {
        return page.locator(".program-application-status", new Page.LocatorOptions().setHasText(text)).first();
    }

    private void fill(String id, String value) {
        page.locator(id + " input").fill(value);
    }

    private static String lastNumber(String url) {
        Matcher m = Pattern.compile("(\\d+)$").matcher(url);
        if (!m.find()) {
            throw new AssertionError("No id in " + url);
        }
        return m.group(1);
    }

    private static boolean companyRegistryPresent() {
        try {
            Class.forName("kr.innocluster.portal.company.CompanyService");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
