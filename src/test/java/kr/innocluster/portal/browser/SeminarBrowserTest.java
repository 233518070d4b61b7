package kr.innocluster.portal.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innocluster.portal.security.TestUsers;
import kr.innocluster.portal.seminar.SeminarForm;
import kr.innocluster.portal.seminar.SeminarService;
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
 * confirms it. The calendar file and the PDF are parsed.
 */
class SeminarBrowserTest extends BrowserTestBase {

    @Autowired
    SeminarService seminars;

    @Test
    void registerTicketCheckInCertificateAndVerification() throws Exception {
        String title = "브라우저 테스트 세미나 " + System.nanoTime() % 100000;
        long seminarId = publishSeminarStartingSoon(title);

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
        page.locator("#reg-organisation input").fill("개인");
        page.locator("#reg-phone input").fill("010-2345-6789");
        page.locator("#register-button").click();
        assertThat(page.locator("#consent-error")).containsText("동의해야 신청할 수 있습니다");
        assertThat(page.locator("#consent-notice")).containsText("보유·이용 기간: 세미나 종료 후 30일");
        screenshot("seminar-register-consent-refused");
        page.locator("#reg-consent input").check();
        page.locator("#register-button").click();

        assertThat(page).hasURL(Pattern.compile(".*/my-seminars$"));
        Locator card = page.locator(".my-registration[data-seminar='" + title + "']");
        assertThat(card.locator(".registration-status")).hasText("신청 확정");
        assertThat(card.locator(".ticket img")).isVisible();
        assertThat(card).containsText("010-****-6789");
        String ticketCode = card.locator(".ticket-code").innerText().strip();
        assertThat(ticketCode).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        screenshot("my-seminars-ticket");

        Download ics = page.waitForDownload(() -> card.locator(".ics-download").click());
        checkCalendarFile(new String(Files.readAllBytes(ics.path()), StandardCharsets.UTF_8), title);

        switchUser("official");
        open("seminar-admin/" + seminarId);
        assertThat(page.locator("#count-confirmed")).hasText("1 / 30");
        screenshot("seminar-desk-official");
        open("seminar-admin/" + seminarId + "/check-in");
        page.locator("#ticket-code-input input").fill(ticketCode.toLowerCase());
        page.locator("#ticket-code-input input").press("Enter");
        assertThat(page.locator("#check-in-result")).containsText("입장 완료: 윤지우 (개인)");
        screenshot("seminar-check-in");

        switchUser("attendee");
        open("my-seminars");
        Locator mine = page.locator(".my-registration[data-seminar='" + title + "']");
        assertThat(mine).containsText("입장 완료");
        Download certificate = page.waitForDownload(() -> mine.locator(".certificate-download").click());
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
    void officialsSeeTheDemoSeminarsAndTheWaitlist() {
        loginAs("official");
        open("seminar-admin");
        assertThat(page.locator("#seminar-admin-grid")).containsText("제조 AX 전략 세미나");
        screenshot("seminar-admin");
        open("seminar-admin/edit/new");
        assertThat(page.locator("#seminar-editor")).isVisible();
        page.locator("#save-seminar").click();
        assertThat(page.locator("#ed-title")).hasAttribute("invalid", "");
        screenshot("seminar-editor-invalid");
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

    private long publishSeminarStartingSoon(String title) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul")).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime start = now.plusHours(2);
        SeminarForm form = new SeminarForm();
        form.setTitle(title);
        form.setHost("대구테크노파크");
        form.setDescription("브라우저 테스트용 세미나입니다.");
        form.setVenue("대구 EXCO 컨벤션홀");
        form.setStartsAt(start);
        form.setEndsAt(start.plusHours(2));
        form.setRegistrationOpensAt(now.minusDays(1));
        form.setRegistrationClosesAt(start.minusMinutes(5));
        form.setCapacity(30);
        form.setRetentionDays(30);
        LocalTime first = start.toLocalTime();
        form.setSessions(List.of(new SeminarForm.SessionForm(first, first.plusMinutes(60), "AI의 원리와 인프라",
                "김도윤", "대구테크노파크")));
        TestUsers.signIn("official", "official");
        try {
            long id = seminars.save(form);
            seminars.publish(id);
            return id;
        } finally {
            TestUsers.signOut();
        }
    }
}
