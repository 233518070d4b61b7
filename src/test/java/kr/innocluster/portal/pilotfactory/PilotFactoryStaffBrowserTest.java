package kr.innocluster.portal.pilotfactory;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import javax.imageio.ImageIO;
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
        assertThat(page.locator("#pf-resources")).containsText("AI 비전 검사 라인");
        screenshot("pilot-factory-resources");

        page.locator("#pf-resources vaadin-button", new Page.LocatorOptions().setHasText("수정")).first().click();
        assertThat(page.locator(".pf-hours-editor")).isVisible();
        // A PNG sent as "image/jpeg": the portal keeps it by its content and shows it.
        page.locator("#pf-photo-upload input[type=file]").setInputFiles(new FilePayload("line.jpg", "image/jpeg",
                samplePhoto()));
        screenshot("pilot-factory-resource-dialog");
        Locator photo = page.locator(".pf-photo-editor .pf-photo img");
        assertThat(photo).isVisible();
        photo.scrollIntoViewIfNeeded();
        screenshot("pilot-factory-resource-photo");
        page.locator("#pf-save-resource").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("저장했습니다");

        page.locator("#pf-resources vaadin-button", new Page.LocatorOptions().setHasText("점검 일정")).first()
                .click();
        assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("점검 추가"))).isVisible();
        screenshot("pilot-factory-blackouts");
        page.keyboard().press("Escape");

        open("pilot-factory");
        assertThat(page.locator(".pf-week")).isVisible();
        assertThat(page.locator(".pf-info .pf-photo img")).isVisible();
        screenshot("pilot-factory-week");
        page.locator("#pf-mode vaadin-radio-button", new Page.LocatorOptions().setHasText("월간")).click();
        assertThat(page.locator(".pf-month")).isVisible();
        screenshot("pilot-factory-month");

        open("pilot-factory/utilisation");
        assertThat(page.locator(".pf-heat")).isVisible();
        assertThat(page.locator(".pf-chart svg")).isVisible();
        screenshot("pilot-factory-utilisation");
        Download download = page.waitForDownload(() -> page.locator("#pf-excel").click());
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isNotBlank();
        }
        switchUser("official");
        open("pilot-factory/requests");
        assertThat(page.locator("#pf-requests")).isVisible();
        screenshot("pilot-factory-official-requests");
    }


    /** A 640×400 PNG: a production line drawn as machines on a belt, so the screenshot shows a real picture. */
    private static byte[] samplePhoto() throws IOException {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xDDE7F3), 0, 400, new Color(0x9FB3C8)));
        g.fillRect(0, 0, 640, 400);
        g.setColor(new Color(0x44505C));
        g.fillRect(0, 300, 640, 36);
        for (int i = 0; i < 4; i++) {
            g.setColor(new Color(0x1F5FAD));
            g.fillRoundRect(40 + i * 150, 150, 110, 150, 16, 16);
            g.setColor(new Color(0xF2B134));
            g.fillOval(75 + i * 150, 180, 40, 40);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
