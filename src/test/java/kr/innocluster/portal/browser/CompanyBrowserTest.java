package kr.innocluster.portal.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.company.BusinessNumber;
import kr.innocluster.portal.company.CompanyFixtures;
import kr.innocluster.portal.localstack.MailServer;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A company user without a company ({@code company3}) registers one, first with a wrong business number; an official
 * opens the rejection dialog without a reason, verifies the company instead and then suspends it with a reason;
 * {@code company2} cannot see it. Colleagues come in by asking to join (the manager decides) or by a mailed
 * invitation link accepted on its own screen; a used link is refused; a member whose company role was withdrawn sees
 * that instead of company data. Screenshots of every screen land in target/screenshots/.
 */
class CompanyBrowserTest extends BrowserTestBase {

    private static final String NAME = "누리바이오텍 주식회사";
    private static final String HANBIT = "한빛정밀 주식회사";
    private static final String ATTENDEE_EMAIL = "attendee@example.com";
    private static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+/invitations/[A-Za-z0-9_-]{43}");

    @Autowired
    MovableClock clock;

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

        // the manager invites a colleague (a mailed link); the same address twice is refused next to the field
        page.locator("#invite-email input").fill("colleague@nuri-bio.example");
        page.locator("#invite-submit").click();
        assertThat(page.locator(".company-invitation", new Page.LocatorOptions()
                .setHasText("colleague@nuri-bio.example"))).isVisible();
        assertThat(notice("ic-notice-success", "초대 메일을 보냈습니다")).isVisible();
        org.assertj.core.api.Assertions.assertThat(invitationLinkMailedTo("colleague@nuri-bio.example")).isNotBlank();
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

    @Test
    void colleaguesAskToJoinOrAcceptAnInvitationAndAUsedLinkJoinsNobody() throws Exception {
        // the demo attendee works at 한빛정밀 and already asked to join (demo data); they withdraw and ask again
        loginAs("attendee");
        assertThat(page.locator("#company-home")).containsText("가입 요청 대기 중: " + HANBIT);
        screenshot("company-20-home-join-requested");
        page.locator("#join-cancel").click();
        assertThat(notice("ic-notice-success", "가입 요청을 취소했습니다")).isVisible();
        assertThat(page.locator("#join-company-cta")).isVisible();
        assertThat(page.locator("#register-company-cta")).isVisible();
        screenshot("company-21-home-attendee-without-company");

        page.locator("#join-company-cta").click();
        page.waitForURL(Pattern.compile(".*/my-company/join$"));
        page.locator("#join-business-number input").fill("123-45-67890");
        page.locator("#join-submit").click();
        assertThat(page.locator("#join-business-number [slot=error-message]")).containsText("검증번호");
        org.assertj.core.api.Assertions.assertThat(page.locator("body").textContent()).doesNotContain(HANBIT);
        screenshot("company-22-join-form-wrong-number");
        page.locator("#join-business-number input").fill(BusinessNumber.format(BusinessNumber.complete("503810001")));
        page.locator("#join-submit").click();
        page.waitForURL(Pattern.compile(".*/my-company/start$"));
        assertThat(page.locator("#company-start")).containsText("가입 요청 대기 중: " + HANBIT);
        screenshot("company-23-join-request-sent");

        // the manager sees the request on their home and their company page, and declines it with a reason
        switchUser("company");
        assertThat(page.locator("#company-home-join-requests")).containsText("1건");
        screenshot("company-24-home-manager-join-request");
        page.locator("#company-home-open").click();
        Locator request = page.locator(".company-join-request", new Page.LocatorOptions().setHasText(ATTENDEE_EMAIL));
        assertThat(request).isVisible();
        page.locator("#company-join-requests").scrollIntoViewIfNeeded();
        screenshot("company-25-manager-pending-requests");
        request.locator("vaadin-button", new Locator.LocatorOptions().setHasText("거절")).click();
        page.locator("#reason textarea").fill("명부 확인을 위해 초대 메일로 다시 모시겠습니다.");
        screenshot("company-26-decline-dialog");
        page.locator("#reason-confirm").click();
        assertThat(notice("ic-notice-success", "가입 요청을 거절했습니다")).isVisible();
        assertThat(page.locator("#company-join-requests")).isHidden();

        // ... and invites the same person by e-mail instead
        page.locator("#invite-email input").fill(ATTENDEE_EMAIL);
        page.locator("#invite-submit").click();
        Locator invitation = page.locator(".company-invitation", new Page.LocatorOptions().setHasText(ATTENDEE_EMAIL));
        assertThat(invitation).isVisible();
        assertThat(notice("ic-notice-success", ATTENDEE_EMAIL + "에게 초대 메일을 보냈습니다")).isVisible();
        invitation.scrollIntoViewIfNeeded();
        screenshot("company-27-manager-invitation-sent");

        // the link from the mail, opened signed out: sign-in first, then the acceptance screen
        String link = invitationLinkMailedTo(ATTENDEE_EMAIL);
        freshContext();
        page.navigate(link);
        submitKeycloakLogin("attendee", DEMO_PASSWORD);
        page.waitForURL(Pattern.compile(".*/invitations/.*"));
        assertThat(page.locator("#invitation-open")).containsText(HANBIT);
        assertThat(page.locator("#invitation-open")).containsText(ATTENDEE_EMAIL);
        screenshot("company-28-invitation-acceptance");
        page.locator("#invitation-accept").click();
        assertThat(notice("ic-notice-success", HANBIT + "의 구성원이 되었습니다")).isVisible();
        page.waitForURL(Pattern.compile(".*/my-company.*"));
        screenshot("company-29-invitation-accepted");

        // the same link again, by someone else: refused, nobody joins
        switchUser("company2");
        page.navigate(link);
        assertThat(page.locator("#invitation-refused")).containsText("이미 사용된 초대 링크입니다");
        assertThat(page.locator("body")).not().containsText(HANBIT);
        screenshot("company-30-invitation-refused");
        open("my-company");
        assertThat(page.locator("#company-name")).hasText("새별로보틱스 주식회사");

        // the company role is taken away in Keycloak while the membership remains: a clear state, no company data
        removeRealmRole(DemoUsers.ATTENDEE, Roles.COMPANY);
        clock.moveBy(Duration.ofMinutes(15));
        switchUser("attendee");
        assertThat(page.locator("#company-access-withdrawn")).hasText("회사 회원 권한이 회수되었습니다");
        assertThat(page.locator("#company-home")).containsText("테크노파크 담당자에게 문의해 주세요");
        screenshot("company-31-access-withdrawn");
        open("my-company/start");
        assertThat(page.locator("#company-access-withdrawn")).isVisible();
        assertThat(page.locator("#company-name")).isHidden();

        // the manager removes the member; the attendee is back to "register or join"
        switchUser("company");
        open("my-company");
        Locator member = page.locator("#company-members vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(ATTENDEE_EMAIL));
        assertThat(member).isVisible();
        page.locator("#company-members vaadin-grid-cell-content vaadin-button",
                new Page.LocatorOptions().setHasText("삭제")).click();
        assertThat(notice("ic-notice-success", "구성원에서 삭제했습니다")).isVisible();
        assertThat(member).isHidden();
        switchUser("attendee");
        assertThat(page.locator("#join-company-cta")).isVisible();
    }

    @Test
    void aPersonWithoutTheCompanyRoleRegistersTheirCompanyAndSeesItWhileItWaits() throws Exception {
        String username = registerNewUser("founder");
        // registerNewUser followed the mailed verification link: no "verify your e-mail first" note
        screenshot("company-34-home-right-after-sign-up");
        // a new sign-in (another computer) with the password set after the verification
        freshContext();
        loginAs(username, NEW_USER_PASSWORD);
        assertThat(page.locator("#home-attendee")).isVisible();
        assertThat(page.locator("#company-email-unverified")).isHidden();
        page.locator("#register-company-cta").click();
        page.waitForURL(Pattern.compile(".*/my-company/register$"));
        String name = "오송셀랩 주식회사";
        fillTheForm(BusinessNumber.format(BusinessNumber.complete(
                "3019" + String.format("%05d", (int) (System.nanoTime() % 100_000)))), name);
        page.locator("#company-register-submit").click();

        page.waitForURL(Pattern.compile(".*/companies/\\d+$"));
        assertThat(page.locator("#company-name")).hasText(name);
        assertThat(page.locator("#company-status")).hasText("검증 대기");
        assertThat(page.locator("#company-members")).containsText("관리자");
        screenshot("company-32-registrant-without-role-company-page");
        open("home");
        assertThat(page.locator("#company-home")).containsText(name);
        assertThat(page.locator("#company-home")).containsText("검증하고 있습니다");
        screenshot("company-33-home-registrant-pending");
        page.locator("#company-home-open").click();
        page.waitForURL(Pattern.compile(".*/companies/\\d+$"));
        open("my-company/join");
        page.waitForURL(Pattern.compile(".*/companies/\\d+$"));
    }

    /** The link of the newest invitation mail to {@code address}, waiting with GreenMail for it to arrive. */
    private static String invitationLinkMailedTo(String address) {
        MailServer mail = TestStack.get().mail();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            int seen = mail.greenMail().getReceivedMessages().length;
            List<String> links = mail.mailsTo(address).stream().map(CompanyFixtures::text)
                    .map(INVITATION_LINK::matcher).filter(Matcher::find).map(Matcher::group).toList();
            if (!links.isEmpty()) {
                return links.getLast();
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0 || !mail.greenMail().waitForIncomingEmail(left, seen + 1)) {
                throw new AssertionError("No invitation mail to " + address);
            }
        }
    }

    /** What an administrator does in Keycloak's console: takes a realm role from a user (if they hold it). */
    private static void removeRealmRole(String userId, String role) throws Exception {
        HttpResponse<String> roleJson = consoleAdmin("GET", "/roles/" + role, null);
        consoleAdmin("DELETE", "/users/" + userId + "/role-mappings/realm", "[" + roleJson.body() + "]");
    }

    /**
     * One call of Keycloak's admin REST API on the portal's realm, as the demo {@code admin} (like
     * {@code KeycloakAdmin}); fails the test unless Keycloak answers 2xx.
     */
    private static HttpResponse<String> consoleAdmin(String method, String path, String json) throws Exception {
        String issuer = TestStack.get().keycloak().issuerUri();
        HttpClient http = HttpClient.newHttpClient();
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8);
        String tokenAnswer = http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(tokenAnswer);
        org.assertj.core.api.Assertions.assertThat(token.find()).as("admin token: " + tokenAnswer).isTrue();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(issuer.replace("/realms/", "/admin/realms/") + path))
                .header("Authorization", "Bearer " + token.group(1)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body())
                .isBetween(200, 299);
        return answer;
    }

    private static byte[] readAll(Download download) {
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fillTheForm(String businessNumber) {
        fillTheForm(businessNumber, NAME);
    }

    private void fillTheForm(String businessNumber, String name) {
        field("businessNumber").fill(businessNumber);
        field("name").fill(name);
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
