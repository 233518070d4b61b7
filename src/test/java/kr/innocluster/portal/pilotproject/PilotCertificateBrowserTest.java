package kr.innocluster.portal.pilotproject;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.browser.BrowserTestBase;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.pilotfactory.BookingRequest;
import kr.innocluster.portal.pilotfactory.PilotFactoryFixtures;
import kr.innocluster.portal.pilotfactory.ResourceSummary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code company} (한빛정밀) opens a pilot project and books a run; {@code operator} approves the booking (seeing the
 * project on the desk), logs the run, hands over run data, records and verifies the results; the company downloads
 * the 실증확인서 (its text parsed) and an anonymous visitor's verification page shows the published subset only.
 *
 * <p>The booking is made by the company through the booking service (the calendar's own browser test covers that
 * screen) on a fresh resource open around the clock; the portal's clock then moves past the slot so the run can be
 * logged.
 */
class PilotCertificateBrowserTest extends BrowserTestBase {

    @Autowired
    MovableClock clock;
    @Autowired
    PilotFactoryFixtures factory;
    @Autowired
    CompanyService companies;

    @Test
    void fromProjectAndBookingToVerifiedResultsCertificateAndPublicPage() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "브라우저 실증 " + suffix;
        String solution = "비전검사 BT-" + suffix;
        String deviation = "조명 재시작 " + suffix;
        String conditions = "라인 속도 40개/분 " + suffix;

        loginAs("company");
        open("pilot-projects");
        assertThat(page.locator("#pp-project-grid")).isVisible();
        screenshot("pilot-projects-company-list");
        page.locator("#pp-new").click();
        page.locator("#pp-title input").fill(title);
        page.locator("#pp-solution input").fill(solution);
        page.locator("#pp-objective textarea").fill("사출 부품 외관 결함을 라인 속도에서 검출합니다.");
        page.locator("#pp-industry").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("플라스틱·사출")).first().click();
        page.locator(".pp-kpi-name input").first().fill("불량 검출률");
        page.locator(".pp-kpi-unit input").first().fill("%");
        page.locator(".pp-kpi-target input").first().fill("95");
        page.locator("#pp-kpi-add").click();
        page.locator(".pp-kpi-name input").nth(1).fill("검사 시간");
        page.locator(".pp-kpi-unit input").nth(1).fill("초");
        page.locator(".pp-kpi-comparator").nth(1).click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("이하")).click();
        page.locator(".pp-kpi-target input").nth(1).fill("1.5");
        page.locator("#pp-scope vaadin-radio-button", new Page.LocatorOptions().setHasText("직원 포함")).click();
        page.locator("#pp-publish").click();
        page.locator("#pp-submit").click();
        assertThat(page.locator("#pp-agree-error")).isVisible();
        screenshot("pilot-projects-form-refused-without-consent");
        page.locator("#pp-agree").click();
        page.locator("#pp-submit").click();
        assertThat(page.locator("#pp-project-title")).hasText(title);
        page.waitForURL(Pattern.compile(".*/pilot-projects/\\d+"));
        Matcher id = Pattern.compile("/pilot-projects/(\\d+)").matcher(page.url());
        assertThat(id.find()).isTrue();
        String projectId = id.group(1);

        // the company books a run for tomorrow on a fresh resource, then attaches it on the project page
        // a day's lead time, so this resource never becomes the "first free slot" another browser test expects
        ResourceSummary line = factory.resource("실증과제 브라우저 라인", d -> {
            d.setOpeningHours(PilotFactoryFixtures.aroundTheClock());
            d.setLeadHours(24);
        });
        Instant start = PilotFactoryFixtures.at(LocalDate.now(PilotFactoryFixtures.SEOUL).plusDays(2), 10, 0);
        long bookingId = factory.requested("company", new BookingRequest(line.id(), start,
                start.plus(Duration.ofHours(2)), "실증과제 운영 " + suffix, solution, 2, 1, false));
        page.reload();
        page.locator("#pp-attach-select").click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText(line.name())).click();
        page.locator("#pp-attach").click();
        assertThat(page.locator("#pp-bookings")).containsText(line.name());
        screenshot("pilot-project-company-planned");

        switchUser("operator");
        open("pilot-factory/requests");
        Locator actions = page.locator("vaadin-horizontal-layout[data-booking='" + bookingId + "']");
        assertThat(actions).isVisible();
        page.locator("#pf-requests vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(solution))
                .first().click();
        Locator project = page.locator(".pp-booking-project").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(project).isVisible();
        screenshot("pilot-factory-desk-shows-project");
        actions.locator("vaadin-button", new Locator.LocatorOptions().setHasText("승인")).click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("승인했습니다");

        clock.moveTo(start.plus(Duration.ofHours(3)));
        open("pilot-projects/" + projectId);
        page.locator("#pp-log-run").click();
        page.locator("#pp-run-conditions textarea").fill(conditions);
        page.locator("#pp-run-deviations textarea").fill(deviation);
        screenshot("pilot-project-run-log-dialog");
        page.locator("#pp-run-save").click();
        assertThat(page.locator(".pp-run")).containsText(conditions);
        page.locator(".pp-upload input[type=file]").setInputFiles(new FilePayload("run-data-" + suffix + ".csv",
                "text/csv", "part,defect,pred\nP1,1,1\nP2,0,0\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator(".pp-file")).containsText("run-data-" + suffix + ".csv");
        assertThat(page.locator(".pp-sha")).containsText("SHA-256 ");

        page.locator("#pp-record-results").click();
        page.locator(".pp-result-measured input").nth(0).fill("97.5");
        page.locator(".pp-result-method input").nth(0).fill("검사원 판정 500개와 대조");
        page.locator(".pp-result-measured input").nth(1).fill("1.1");
        page.locator(".pp-result-method input").nth(1).fill("MES 타임스탬프 평균");
        screenshot("pilot-project-results-dialog");
        page.locator("#pp-results-save").click();
        assertThat(page.locator("#pp-kpis")).containsText("97.5 %");
        page.locator("#pp-verify").click();
        page.locator("#pp-confirm").click();
        assertThat(page.locator("#pp-certificate-card")).isVisible();
        screenshot("pilot-project-operator-verified");

        switchUser("company");
        open("pilot-projects/" + projectId);
        String code = page.locator("#pp-certificate-card .pp-fact-value").first().innerText().strip();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        screenshot("pilot-project-company-verified");
        Download download = page.waitForDownload(() -> page.locator("#pp-certificate").click());
        String text;
        try (PDDocument pdf = Loader.loadPDF(download.path().toFile())) {
            text = new PDFTextStripper().getText(pdf);
            // the certificate as a picture, to look at beside the screenshots
            javax.imageio.ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 90), "png",
                    java.nio.file.Path.of("target/screenshots/pilot-certificate-pdf.png").toFile());
        }
        assertThat(text).contains("실증확인서", "한빛정밀", title, solution, line.name(), "불량 검출률", "≥ 95 %",
                "97.5 %", "검사 시간", "≤ 1.5 초", "1.1 초", "달성", "이도현", code, "pilot-projects/verify/" + code);
        assertThat(text).doesNotContain("미달성", deviation);

        freshContext();
        open("pilot-projects/verify/" + code);
        Locator card = page.locator("#pp-verify-valid");
        assertThat(card).containsText("한빛정밀");
        assertThat(card).containsText(solution);
        assertThat(card).containsText("97.5 %");
        assertThat(card).not().containsText(deviation);
        assertThat(card).not().containsText(conditions);
        assertThat(card).not().containsText("run-data-" + suffix);
        assertThat(card).not().containsText("외관 결함을 라인 속도에서");
        screenshot("pilot-project-public-verification");
    }

    /**
     * The demo data's published case on the landing page and in the library (searchable by technology and industry,
     * without the company's name), and the official's 360° company page with bookings and pilot projects.
     */
    @Test
    void theCaseLibraryIsPublicAndTheOfficialSeesBookingsAndProjectsOnTheCompanyPage() {
        open("");
        Locator landing = page.locator("#landing-cases");
        assertThat(landing.locator(".pp-case").first()).isVisible();
        landing.scrollIntoViewIfNeeded();
        screenshot("pilot-cases-landing");
        page.locator("#landing-cases-all").click();
        Locator cases = page.locator("#pp-cases .pp-case");
        assertThat(cases.filter(new Locator.FilterOptions().setHasText("사출 부품 외관 결함"))).hasCount(1);
        assertThat(page.locator("#pp-cases")).not().containsText("한빛정밀");
        assertThat(page.locator("#pp-cases")).not().containsText("HB-Vision");
        screenshot("pilot-cases-library");
        page.locator("#pp-case-tag").click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("블록체인")).click();
        assertThat(cases.filter(new Locator.FilterOptions().setHasText("사출 부품 외관 결함"))).hasCount(0);
        assertThat(page.locator("#pp-case-count")).isVisible();
        screenshot("pilot-cases-library-no-match");

        loginAs("company");
        open("pilot-projects");
        page.locator("#pp-project-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("사출 부품 외관 결함")).first().click();
        assertThat(page.locator("#pp-certificate-card")).isVisible();
        screenshot("pilot-project-demo-published");
        assertThat(page.locator(".pp-sha").first()).containsText("SHA-256 ");
        page.locator("#pp-runs-card").scrollIntoViewIfNeeded();
        screenshot("pilot-project-demo-runs");
        page.locator("#pp-downloads-card").scrollIntoViewIfNeeded();
        assertThat(page.locator("#pp-terms-history")).containsText("익명화하여 성공 사례 공개");
        screenshot("pilot-project-demo-terms-downloads");

        long hanbit = PilotProjectFixtures.as("company", "company", () -> companies.myCompany().orElseThrow().id());
        switchUser("official");
        open("companies/" + hanbit);
        assertThat(page.locator("#company-pilot-projects")).isVisible();
        assertThat(page.locator("#company-pf-bookings")).isVisible();
        assertThat(page.locator("#company-pilot-projects")).containsText("사출 부품 외관 결함");
        page.locator("#company-pilot-projects").scrollIntoViewIfNeeded();
        screenshot("pilot-company-page-360");
    }
}
