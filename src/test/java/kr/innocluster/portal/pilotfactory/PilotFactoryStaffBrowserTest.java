package kr.innocluster.portal.pilotfactory;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import kr.innocluster.portal.browser.BrowserTestBase;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Operators keep resources and blackouts and read utilisation; officials see the same; the Excel file opens. */
class PilotFactoryStaffBrowserTest extends BrowserTestBase {

    @Test
    void anOperatorEditsAResourceAddsABlackoutAndDownloadsTheUtilisationWorkbook() throws IOException {
        loginAs("operator");
        open("pilot-factory/resources");
        assertThat(page.locator("vaadin-grid.pf-resources")).containsText("AI 비전 검사 라인");
        screenshot("pilot-factory-resources");

        page.locator("vaadin-button.pf-edit-resource").first().click();
        assertThat(page.locator(".pf-hours-editor")).isVisible();
        screenshot("pilot-factory-resource-dialog");
        page.locator("vaadin-button.pf-save-resource").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("저장했습니다");

        page.locator("vaadin-button.pf-blackouts").first().click();
        assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("점검 추가"))).isVisible();
        screenshot("pilot-factory-blackouts");
        page.keyboard().press("Escape");

        open("pilot-factory");
        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("월간")).click();
        assertThat(page.locator(".pf-month")).isVisible();
        screenshot("pilot-factory-month");

        open("pilot-factory/utilisation");
        assertThat(page.locator(".pf-heat")).isVisible();
        assertThat(page.locator(".pf-chart svg")).isVisible();
        screenshot("pilot-factory-utilisation");
        Download download = page.waitForDownload(() -> page.locator("a.pf-excel").click());
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isNotBlank();
        }
        switchUser("official");
        open("pilot-factory/requests");
        assertThat(page.locator("vaadin-grid.pf-requests")).isVisible();
        screenshot("pilot-factory-official-requests");
    }

}
