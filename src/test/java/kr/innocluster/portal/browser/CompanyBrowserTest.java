package kr.innocluster.portal.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innocluster.portal.company.BusinessNumber;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A company user without a company ({@code company3}) registers one, first with a wrong business number; an official
 * opens the rejection dialog without a reason, verifies the company instead and then suspends it with a reason;
 * {@code company2} cannot see it. Screenshots of every screen land in target/screenshots/.
 */
class CompanyBrowserTest extends BrowserTestBase {

    private static final String NAME = "누리바이오텍 주식회사";

    @Test
    void aNewCompanyRegistersIsVerifiedByAnOfficialAndStaysHiddenFromOtherCompanies() {
        loginAs("company3");
        assertThat(page.locator("#register-company-cta")).isVisible();
        screenshot("company-01-home-without-company");

        page.locator("#register-company-cta").click();
        page.waitForURL(Pattern.compile(".*/my-company/register$"));
        fillTheForm("123-45-67890");
        page.locator("#company-register-submit").click();

        Locator numberField = page.locator("#company-businessNumber");
        assertThat(numberField).hasAttribute("invalid", "");
        assertThat(numberField.locator("[slot=error-message]")).containsText("검증번호");
        assertThat(notice("ic-notice-error", "입력 내용을 확인해 주세요")).isVisible();
        numberField.scrollIntoViewIfNeeded();
        screenshot("company-02-register-wrong-number");

        String number = BusinessNumber.format(BusinessNumber.complete(
                "6098" + String.format("%05d", (int) (System.nanoTime() % 100_000))));
        field("businessNumber").fill(number);
        page.locator("#company-register-submit").click();

        page.waitForURL(Pattern.compile(".*/my-company$"));
        assertThat(page.locator("#company-name")).hasText(NAME);
        assertThat(page.locator("#company-status")).hasText("검증 대기");
        assertThat(page.locator("#company-status-notice")).isVisible();
        assertThat(page.locator("#company-history")).containsText("회사 등록");
        screenshot("company-03-my-company-pending");

        // the manager invites a colleague; the same address twice is refused next to the field
        page.locator("#invite-email input").fill("colleague@nuri-bio.example");
        page.locator("#invite-submit").click();
        assertThat(page.locator(".company-invitation", new Page.LocatorOptions()
                .setHasText("colleague@nuri-bio.example"))).isVisible();
        page.locator("#invite-email input").fill("colleague@nuri-bio.example");
        page.locator("#invite-submit").click();
        assertThat(page.locator("#invite-email [slot=error-message]")).containsText("이미 초대한 이메일");
        page.locator("#invite-email").scrollIntoViewIfNeeded();
        screenshot("company-03b-invite-twice");
        logout();

        loginAs("official");
        assertThat(page.locator("#verification-queue-count")).isVisible();
        screenshot("company-04-home-official");
        open("companies");
        assertThat(page.locator("#company-count")).containsText("곳");
        screenshot("company-05-list");
        String unfiltered = page.locator("#company-count").textContent();
        page.locator("#company-search input").fill("누리바이오");
        Locator row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(NAME)).first();
        assertThat(row).isVisible();
        // the search applies after a short typing pause
        assertThat(page.locator("#company-count")).not().hasText(unfiltered);
        screenshot("company-06-list-search");
        Download csv = page.waitForDownload(() -> page.locator("#export-csv").click());
        byte[] exported = readAll(csv);
        org.assertj.core.api.Assertions.assertThat(exported).startsWith(0xEF, 0xBB, 0xBF);
        org.assertj.core.api.Assertions.assertThat(new String(exported, StandardCharsets.UTF_8)).contains(NAME)
                .doesNotContain("한빛정밀");
        row.click();
        page.waitForURL(Pattern.compile(".*/companies/\\d+$"));
        Matcher id = Pattern.compile("/companies/(\\d+)$").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
        screenshot("company-07-page-official-pending");

        // a rejection needs a reason; the official changes their mind and verifies instead
        page.locator("#company-rejected").click();
        page.locator("#reason-confirm").click();
        assertThat(page.locator("#reason")).hasAttribute("invalid", "");
        assertThat(page.locator("#reason [slot=error-message]")).containsText("사유를 입력해 주세요");
        screenshot("company-08-reject-dialog-without-reason");
        page.locator("#reason-cancel").click();
        assertThat(page.locator("#reason")).isHidden();
        assertThat(page.locator("#company-status")).hasText("검증 대기");

        page.locator("#company-verify").click();
        assertThat(page.locator("#company-status")).hasText("검증 완료");
        assertThat(page.locator("#company-history")).containsText("검증 완료");
        assertThat(notice("ic-notice-success", "검증을 승인했습니다")).isVisible();
        screenshot("company-09-page-official-verified");

        page.locator("#company-suspended").click();
        page.locator("#reason textarea").fill("국세 체납이 확인되어 지원사업 참여를 일시 중지합니다.");
        screenshot("company-10-suspend-dialog");
        page.locator("#reason-confirm").click();
        assertThat(page.locator("#company-status")).hasText("정지");
        assertThat(page.locator("#company-status-reason")).containsText("국세 체납이 확인되어");
        assertThat(notice("ic-notice-success", "자격을 정지했습니다")).isVisible();
        screenshot("company-11-page-official-suspended");
        logout();

        loginAs("company2");
        open("companies/" + id.group(1));
        assertThat(page.locator("#not-found")).isVisible();
        assertThat(page.locator("body")).not().containsText(NAME);
        screenshot("company-12-company2-cannot-see");
        open("my-company");
        assertThat(page.locator("#company-name")).hasText("새별로보틱스 주식회사");
        screenshot("company-13-company2-own-company");
    }

    private static byte[] readAll(Download download) {
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fillTheForm(String businessNumber) {
        field("businessNumber").fill(businessNumber);
        field("name").fill(NAME);
        field("ceoName").fill("한서윤");
        choose("region", "충청북도");
        field("address").fill("충청북도 청주시 흥덕구 오송읍 오송생명2로 123");
        field("ksicCode").fill("C21102");
        choose("sizeClass", "소기업");
        field("foundedOn").fill("2019-04-02");
        field("foundedOn").press("Enter");
        field("employees").fill("24");
        field("annualRevenue").fill("3200000000");
        choose("smartFactoryLevel", "2단계 (중간1)");
        page.locator("#company-kind vaadin-checkbox", new Page.LocatorOptions().setHasText("수요기업")).click();
        field("contactName").fill("한서윤");
        field("contactPhone").fill("010-4321-8765");
        field("contactEmail").fill("company3@nuri-bio.example");
    }

    /** A notice card (base Notices) of the given kind that shows the text. */
    private Locator notice(String kind, String text) {
        return page.locator("vaadin-notification-card." + kind, new Page.LocatorOptions().setHasText(text));
    }

    private Locator field(String name) {
        return page.locator("#company-" + name + " input");
    }

    private void choose(String name, String label) {
        page.locator("#company-" + name).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(label)).first().click();
    }
}
