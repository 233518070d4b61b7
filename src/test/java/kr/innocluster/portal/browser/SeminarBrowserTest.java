package kr.innocluster.portal.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.seminar.SeminarFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seminar day end to end through the real login: the attendee registers (consent required) and sees the ticket, the
 * official checks them in by the ticket code, the attendee downloads the certificate and its verification page
 * confirms it. The calendar file and the PDF are parsed. The seminar starts tomorrow at 14:00 and the portal's clock
 * is moved to two hours before, so the day runs the same at any time of day.
 */
class SeminarBrowserTest extends BrowserTestBase {

    @Autowired
    SeminarFixtures fixtures;
    @Autowired
    MovableClock clock;

    @Test
    void registerTicketCheckInCertificateAndVerification() throws Exception {
        String title = "브라우저 테스트 세미나 " + System.nanoTime() % 100000;
        long seminarId = fixtures.published(fixtures.form(title, 30, 1));
        clock.moveTo(fixtures.startOf(seminarId).minus(Duration.ofHours(2)));

        // a visitor sees the seminar with the remaining seats and is asked to sign in
        open("seminars");
        assertThat(page.locator("#seminar-list")).containsText("제조 AX 전략 세미나");
        screenshot("seminar-list-visitor");
        open("seminars/" + seminarId);
        assertThat(page.locator("#remaining-seats")).hasText("잔여 30석 / 정원 30석");
        assertThat(page.locator("#sign-in-to-register")).isVisible();
        screenshot("seminar-detail-visitor");

        loginAs("attendee");
        open("seminars/" + seminarId);
        assertThat(page.locator("#reg-name input")).hasValue("윤지우");
        screenshot("seminar-register-form");
        page.locator("#reg-organisation input").fill("개인");
        page.locator("#reg-phone input").fill("010-2345-6789");
        page.locator("#register-button").click();
        assertThat(page.locator("#consent-error")).containsText("동의해야 신청할 수 있습니다");
        assertThat(page.locator("#consent-notice")).containsText("보유·이용 기간: 세미나 종료 후 30일");
        screenshot("seminar-register-consent-refused");
        page.locator("#reg-consent input").check();
        page.locator("#register-button").click();

        assertThat(page).hasURL(Pattern.compile(".*/my-seminars$"));
        Locator card = page.locator(".seminar-my-registration[data-seminar='" + title + "']");
        assertThat(card.locator(".seminar-registration-status")).hasText("신청 확정");
        assertThat(card.locator(".seminar-ticket img")).isVisible();
        assertThat(card).containsText("010-****-6789");
        String ticketCode = card.locator(".seminar-ticket-code").innerText().strip();
        assertThat(ticketCode).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        screenshot("my-seminars-ticket");

        Download ics = page.waitForDownload(() -> download(card, "일정 파일").click());
        checkCalendarFile(new String(Files.readAllBytes(ics.path()), StandardCharsets.UTF_8), title);

        switchUser("official");
        open("seminar-admin/" + seminarId);
        assertThat(page.locator("#count-confirmed")).hasText("1 / 30");
        screenshot("seminar-desk-official");
        open("seminar-admin/" + seminarId + "/check-in");
        page.locator("#ticket-code-input input").fill("ZZZZ-ZZZZ");
        page.locator("#ticket-code-input input").press("Enter");
        assertThat(page.locator("#check-in-result")).containsText("입장권 코드가 아닙니다");
        screenshot("seminar-check-in-refused");
        page.locator("#ticket-code-input input").fill(ticketCode.toLowerCase());
        page.locator("#ticket-code-input input").press("Enter");
        assertThat(page.locator("#check-in-result")).containsText("입장 완료: 윤지우 (개인)");
        screenshot("seminar-check-in");

        switchUser("attendee");
        open("my-seminars");
        Locator mine = page.locator(".seminar-my-registration[data-seminar='" + title + "']");
        assertThat(mine).containsText("입장 완료");
        screenshot("my-seminars-checked-in");
        Download certificate = page.waitForDownload(() -> download(mine, "참석 확인서").click());
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(certificate.path()))) {
            pdfText = new PDFTextStripper().getText(pdf);
        }
        assertThat(pdfText).contains("참석 확인서", "윤지우", title);
        Matcher url = Pattern.compile("(http://\\S+/certificates/verify/[A-Z2-9-]{14})").matcher(pdfText);
        assertThat(url.find()).as(pdfText).isTrue();

        // anyone, signed in or not, can check it
        freshContext();
        page.navigate(url.group(1));
        assertThat(page.locator("#certificate-valid")).containsText("유효한 참석 확인서입니다");
        assertThat(page.locator("#certificate-valid")).containsText("윤*우");
        assertThat(page.locator("#certificate-valid")).containsText(title);
        screenshot("certificate-verified");
    }

    @Test
    void officialsSeeTheDemoSeminarsAndPublishADraftInOneStep() {
        String title = "공개 전 세미나 " + System.nanoTime() % 100000;
        long draftId = fixtures.draft(fixtures.form(title, 40, 20));

        loginAs("official");
        open("seminar-admin");
        assertThat(page.locator("#seminar-admin-grid")).containsText("제조 AX 전략 세미나");
        screenshot("seminar-admin");
        // the past demo seminar: attendance, certificates and the survey results
        page.locator("#seminar-admin-grid").getByText("스마트공장 AI 도입 성과 공유회").click();
        assertThat(page.locator("#survey-results")).containsText("응답");
        page.locator("#survey-results").scrollIntoViewIfNeeded();
        page.locator("#survey-results").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("seminar-survey-results.png")));
        page.locator("#seminar-desk vaadin-button", new Page.LocatorOptions().setHasText("편집")).click();
        assertThat(page.locator("#ed-title input")).hasValue("스마트공장 AI 도입 성과 공유회");
        screenshot("seminar-editor-existing");
        open("seminar-admin/edit/new");
        assertThat(page.locator("#seminar-editor")).isVisible();
        page.locator("#save-seminar").click();
        assertThat(page.locator("#ed-title")).hasAttribute("invalid", "");
        screenshot("seminar-editor-invalid");

        open("seminar-admin/edit/" + draftId);
        assertThat(page.locator("#ed-title input")).hasValue(title);
        screenshot("seminar-editor-draft");
        page.locator("#publish-seminar").click();
        assertThat(page).hasURL(Pattern.compile(".*/seminar-admin/" + draftId + "$"));
        assertThat(page.locator("#seminar-desk .seminar-status")).hasText("공개");
        assertThat(page.locator("vaadin-notification-card.ic-notice-success")).containsText("저장하고 공개했습니다");
        screenshot("seminar-desk-published");
    }

    /** A file to take away, one per kind in a registration card, found by its label. */
    private static Locator download(Locator card, String label) {
        return card.locator(".seminar-download", new Locator.LocatorOptions().setHasText(label));
    }

    private void checkCalendarFile(String ics, String title) {
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        List<String> lines = Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
        assertThat(lines).contains("VERSION:2.0", "BEGIN:VEVENT", "SUMMARY:" + title, "END:VEVENT");
        for (String property : List.of("UID:", "DTSTAMP:", "DTSTART:", "DTEND:", "LOCATION:", "DESCRIPTION:")) {
            assertThat(lines).as(property).anyMatch(line -> line.startsWith(property));
        }
        assertThat(lines).anyMatch(line -> line.matches("DTSTART:\\d{8}T\\d{6}Z"));
    }
}
