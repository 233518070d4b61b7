package kr.innocluster.portal.browser;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kr.innocluster.portal.localstack.KeycloakConsole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Every demo role signs in through the real Keycloak login page and finds exactly its own part of the portal. */
class LoginBrowserTest extends BrowserTestBase {

    static final List<String> COMPANY_MENU = List.of("홈", "우리 회사", "지원사업", "내 신청", "협약·사후관리", "세미나", "내 세미나", "성공 사례",
                    "실증팩토리 예약", "내 실증 예약", "실증과제", "스마트공장 수준진단", "솔루션 찾기·매칭", "우리 솔루션·상담 요청", "내 상담 신청",
                    "알림", "내 계정");

    /** The menu each demo user must see, in order. Features that add views extend this table. */
    static final Map<String, List<String>> MENUS = Map.of(
            "official", List.of("홈", "기업 관리", "지원사업", "지원사업 관리", "평가위원 관리", "협약·사후관리", "사후관리 현황판", "세미나",
                    "내 세미나", "세미나 운영", "성공 사례", "실증팩토리 예약", "실증 설비 관리", "예약 승인", "실증과제", "설비 가동률", "멘토 배정",
                    "솔루션 찾기·매칭", "매칭 현황", "발송 메일", "보안 접속기록", "알림", "내 계정"),
            "reviewer", List.of("홈", "지원사업", "심사", "세미나", "내 세미나", "성공 사례", "알림", "내 계정"),
            "operator", List.of("홈", "지원사업", "세미나", "내 세미나", "성공 사례", "실증팩토리 예약", "실증 설비 관리", "예약 승인", "실증과제",
                    "설비 가동률", "알림", "내 계정"),
            "company", COMPANY_MENU,
            "company2", COMPANY_MENU,
            "attendee", List.of("홈", "지원사업", "세미나", "내 세미나", "성공 사례", "알림", "내 계정"),
            "admin", List.of("홈", "지원사업", "세미나", "내 세미나", "성공 사례", "발송 메일", "보안 접속기록", "사용자·권한", "시스템 상태",
                    "알림", "내 계정"));

    /** A view each user's role may not open. */
    static final Map<String, String> FORBIDDEN = Map.of(
            "official", "admin/system",
            "reviewer", "program-admin",
            "operator", "reviews",
            "company", "program-admin",
            "company2", "pilot-factory/resources",
            "attendee", "my-applications",
            "admin", "companies");

    static final Map<String, String> HOME_OF = Map.of(
            "official", "official", "reviewer", "reviewer", "operator", "operator", "company", "company",
            "company2", "company", "attendee", "attendee", "admin", "admin");

    @ParameterizedTest
    @ValueSource(strings = {"official", "reviewer", "operator", "company", "company2", "attendee", "admin"})
    void eachRoleLandsOnItsHomeAndSeesOnlyItsMenu(String username) {
        loginAs(username);

        assertThat(page).hasURL(Pattern.compile(".*/home$"));
        assertThat(page.locator("#home-" + HOME_OF.get(username))).isVisible();
        Locator menu = page.locator("vaadin-side-nav.main-nav > vaadin-side-nav-item");
        assertThat(menu).hasCount(MENUS.get(username).size());
        assertThat(menu.allInnerTexts().stream().map(String::strip).toList()).isEqualTo(MENUS.get(username));
        screenshot("home-" + username);

        String forbidden = FORBIDDEN.get(username);
        if (forbidden != null) {
            open(forbidden);
            assertThat(page.locator("#no-access")).isVisible();
            assertThat(page.locator("#no-access h2")).hasText("이 화면을 볼 수 있는 권한이 없습니다");
        }
    }

    @Test
    void visitorsSeeTheLandingPageAndProtectedPagesNeedALogin() {
        open("");
        assertThat(page.locator(".hero h1")).containsText("지원사업");
        screenshot("landing");

        open("home");

        assertThat(page.locator("#kc-form-login")).isVisible();
    }

    @Test
    void logoutEndsThePortalAndTheKeycloakSession() {
        loginAs("attendee");

        logout();
        assertThat(page.locator(".hero")).isVisible();

        // Were the Keycloak session still alive, single sign-on would bring the user straight back to /home.
        open("home");
        assertThat(page.locator("#kc-form-login")).isVisible();
    }

    @Test
    void theUserCanSwitchToEnglishAndTheChoiceIsKept() {
        String username = registerNewUser("lang");
        page.locator("vaadin-select.language-switch").click();
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("English"))
                .click();
        assertThat(page.locator("vaadin-side-nav.main-nav")).containsText("My account");

        logout();
        open("home");
        submitKeycloakLogin(username, NEW_USER_PASSWORD);

        assertThat(page.locator("vaadin-side-nav.main-nav")).containsText("My account");
        assertThat(page.locator("#home-attendee h2")).hasText("Hello, 테스트지우");
        page.locator("vaadin-select.language-switch").click();
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("한국어"))
                .click();
        assertThat(page.locator("vaadin-side-nav.main-nav")).containsText("내 계정");
    }

    @Test
    void aWrongPasswordShowsKeycloaksErrorAndTheSixthFailureLocksTheAccount() {
        String username = registerNewUser("lock");
        logout();

        open("home");
        for (int attempt = 1; attempt <= 5; attempt++) {
            // More than a second apart: faster failures count as a brute-force burst and lock sooner.
            page.waitForTimeout(1_200);
            submitKeycloakLogin(username, "wrong-password");
            assertThat(page.locator("[id^=input-error]").first()).isVisible();
        }
        // The account is now temporarily locked: even the right password is refused (Keycloak does not say why).
        page.waitForTimeout(1_200);
        submitKeycloakLogin(username, NEW_USER_PASSWORD);

        assertThat(page.locator("#kc-form-login")).isVisible();
        assertThat(page.locator("[id^=input-error]").first()).containsText("잘못된 사용자 이름 또는 비밀번호");
        assertThat(page.url()).doesNotStartWith(baseUrl() + "/home");
        screenshot("keycloak-locked");
    }

    @Test
    void aLogoutInKeycloakEndsThePortalSessionThroughTheBackChannel() throws Exception {
        String username = registerNewUser("backchannel");
        open("account");
        assertThat(page.locator("#account-username")).hasText(username);

        KeycloakConsole.ofTestStack().logout(username);

        open("account");
        assertThat(page.locator("#kc-form-login")).isVisible();
    }
}
