package kr.innocluster.portal.grant;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innocluster.portal.browser.BrowserTestBase;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The post-award journey in the browser, from the demo grant of 새별로보틱스 that is reporting (interim accepted, both
 * instalments paid): the company records an expense with evidence (cash refused first) and submits the final
 * report; the official disallows one expense, accepts the report and settles; the company sees the statement.
 */
class PostAwardJourneyBrowserTest extends BrowserTestBase {

    @Test
    void expensesFinalReportDisallowanceSettlementAndStatement() throws Exception {
        loginAs("company2");
        open("grants");
        assertThat(page.locator("#grant-projects")).containsText("로봇 셀 품질 데이터 통합 플랫폼");
        screenshot("grant-list-company");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("로봇 셀 품질 데이터 통합 플랫폼"))
                .first().click();
        page.waitForURL(Pattern.compile(".*/grant/\\d+$"));
        String projectId = lastNumber(page.url());
        assertThat(page.locator("#grant-contract-lines")).containsText("재료비");
        screenshot("grant-contract");

        tab("교부");
        assertThat(page.locator("#grant-instalments")).containsText("교부 완료");
        screenshot("grant-disbursement");

        tab("집행");
        page.click("#grant-expense-add");
        page.locator("#grant-expense-line input").fill("재료비");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("재료비")).first().click();
        page.locator("#grant-expense-date input").fill("2025-12-01");
        page.locator("#grant-expense-date input").press("Enter");
        page.locator("#grant-expense-supplier input").fill("로보셀코리아");
        page.locator("#grant-expense-bn input").fill("220-81-62517");
        page.locator("#grant-expense-supply input").fill("3000000");
        page.locator("#grant-expense-vat input").fill("300000");
        page.locator("#grant-expense-method vaadin-radio-button", new Page.LocatorOptions().setHasText("현금")).click();
        page.locator("#grant-expense-description textarea").fill("품질 센서 교체 부품");
        page.click("#grant-expense-save");
        assertThat(page.locator("#grant-expense-method")).containsText("현금 지출은 인정되지 않습니다");
        screenshot("grant-expense-cash-refused");
        page.locator("#grant-expense-method vaadin-radio-button", new Page.LocatorOptions().setHasText("계좌이체"))
                .click();
        page.click("#grant-expense-save");
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
        Locator newRow = expenseCell("품질 센서 교체 부품");
        assertThat(newRow).isVisible();
        Path receipt = Files.createTempFile("receipt", ".pdf");
        Files.write(receipt, "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        // the newest expense (2025-12-01) is the first row
        page.locator(".grant-evidence-upload input[type=file]").first().setInputFiles(receipt);
        assertThat(page.locator("#grant-expenses .grant-file-link", new Page.LocatorOptions()
                .setHasText(receipt.getFileName().toString()))).isVisible();
        assertThat(page.locator("#grant-lines")).containsText("₩22,000,000");
        screenshot("grant-expenses-company");

        tab("보고");
        page.locator("#grant-report-achievements-final textarea")
                .fill("용접 셀 3기 품질 데이터 통합 완료. 불량 예측 정확도 92%, 재작업 27% 감소.");
        Locator kpis = page.locator("#grant-report-final .grant-kpi-achieved input");
        for (int i = 0; i < kpis.count(); i++) {
            kpis.nth(i).fill(i == 0 ? "32" : "21");
        }
        page.locator("#grant-report-upload-final input[type=file]").setInputFiles(receipt);
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions()
                // the expense's "증빙을 첨부했습니다." may still be on screen: this is the report's own notice
                .setHasText(java.util.regex.Pattern.compile("^첨부했습니다")))).isVisible();
        page.click("#grant-report-submit-final");
        assertThat(page.locator("#grant-report-final")).containsText("검토 중");
        screenshot("grant-report-submitted");

        switchUser("official");
        open("grant/" + projectId);
        tab("집행");
        assertThat(expenseCell("데이터 라벨링 인력")).isVisible();
        // the state column may sit beyond the grid's horizontal scroll: the click event goes to the button itself
        page.locator(".grant-expense-disallow[aria-label*='데이터 라벨링 인력']").dispatchEvent("click");
        page.locator("#reason textarea").fill("인건비 증빙(근로계약서·급여대장)이 제출되지 않았습니다.");
        page.click("#reason-confirm");
        assertThat(page.locator("#grant-expenses")).containsText("불인정 사유: 인건비 증빙");
        assertThat(page.locator("#grant-lines")).containsText("₩9,000,000");
        screenshot("grant-expense-disallowed");

        tab("보고");
        page.click("#grant-report-accept-final");
        page.locator("#reason textarea").fill("목표 달성 확인");
        page.click("#reason-confirm");
        assertThat(page.locator("#grant-report-final .grant-report-accepted")).isVisible();
        screenshot("grant-report-accepted");

        tab("정산");
        page.locator("#grant-settlement-interest input").fill("42000");
        page.click("#grant-settlement-preview");
        assertThat(page.locator("#grant-recovery")).hasText("₩32,842,000");
        screenshot("grant-settlement-preview");
        page.click("#grant-settlement-settle");
        page.locator("vaadin-confirm-dialog-overlay [slot=confirm-button], vaadin-confirm-dialog [slot=confirm-button]")
                .first().click();
        assertThat(page.locator(".grant-status-follow_up")).isVisible();

        open("grants/dashboard");
        assertThat(page.locator("#grant-dashboard-figures")).isVisible();
        screenshot("grant-dashboard");

        switchUser("company2");
        open("grant/" + projectId);
        tab("정산");
        assertThat(page.locator("#grant-recovery")).hasText("₩32,842,000");
        assertThat(page.locator(".grant-rule")).containsText("환수액");
        screenshot("grant-statement-company");
        // the statement PDF link is there; headless Chromium here cancels this download (an open point), the
        // contract PDF of the same renderer is checked in ContractAndChangeRulesTest
        assertThat(page.locator("#grant-statement-pdf")).isVisible();
    }

    private void tab(String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private Locator expenseCell(String text) {
        return page.locator("#grant-expenses vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text))
                .first();
    }

    private static String lastNumber(String url) {
        Matcher m = Pattern.compile("(\\d+)$").matcher(url);
        if (!m.find()) {
            throw new AssertionError("No id in " + url);
        }
        return m.group(1);
    }
}
