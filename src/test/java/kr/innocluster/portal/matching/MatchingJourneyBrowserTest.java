package kr.innocluster.portal.matching;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import kr.innocluster.portal.browser.BrowserTestBase;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The matching journey in the browser with the demo data: 한빛정밀 ({@code company}) takes the diagnosis, its mentor
 * ({@code mentor}) confirms it after the visit, the company finds a ranked solution with the reasons of its rank and
 * requests a consultation with 새별로보틱스, whose user ({@code company2}) accepts it as the supplier. Screenshots of
 * every screen on the way, including the officials' overview and the mentoring page.
 */
class MatchingJourneyBrowserTest extends BrowserTestBase {

    @Test
    void diagnosisConfirmationRankedSolutionAndAcceptedConsultation() {
        loginAs("company");
        open("diagnosis");
        assertThat(page.locator("#diagnosis-history")).isVisible();
        screenshot("diagnosis-home");
        page.click("#start-diagnosis");
        Locator questions = page.locator("vaadin-radio-group.diagnosis-question");
        assertThat(questions).hasCount(18);
        for (int i = 0; i < 18; i++) {
            // "대부분 시스템으로" (3) everywhere except quality, where records are still partly on paper (1)
            int answer = i >= 6 && i < 9 ? 1 : 3;
            questions.nth(i).locator("vaadin-radio-button").nth(answer).click();
        }
        screenshot("diagnosis-questionnaire");
        page.click("#submit-diagnosis");
        page.waitForURL(url -> url.endsWith("/diagnosis"));
        assertThat(page.locator(".diagnosis-result .diagnosis-status")).hasText("자가진단 · 미확인");
        assertThat(page.locator("#diagnosis-level")).hasText("종합 3단계");
        assertThat(page.locator("#diagnosis-average-note")).containsText("최근 진단 기준");
        assertThat(page.locator(".diagnosis-chart-average").first()).isAttached();
        screenshot("diagnosis-result-self-assessed");

        switchUser("mentor");
        assertThat(page.locator("#mentor-home")).containsText("한빛정밀");
        screenshot("mentor-home");
        page.locator(".diagnosis-pending", new Page.LocatorOptions().setHasText("한빛정밀")).first().click();
        assertThat(page.locator("#confirm-diagnosis")).isVisible();
        // the mentor saw quality inspection already half in the MES: corrects the first quality answer
        page.locator("vaadin-radio-group.diagnosis-question").nth(6).locator("vaadin-radio-button").nth(2).click();
        page.locator("#confirm-notes textarea").fill("품질 검사 기록 일부가 MES에 입력되고 있음을 확인");
        assertThat(page.locator("#confirm-preview")).containsText("3단계");
        screenshot("diagnosis-confirm");
        page.click("#confirm-diagnosis");
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("확정했습니다")))
                .isVisible();
        assertThat(page.locator(".diagnosis-status").first()).hasText("현장 확인됨");
        screenshot("diagnosis-confirmed");
        open("");
        page.locator(".diagnosis-mentor-company", new Page.LocatorOptions().setHasText("한빛정밀")).first().click();
        assertThat(page.locator("#roadmap-levels")).containsText("목표 4단계");
        assertThat(page.locator("#milestones")).isVisible();
        screenshot("mentoring-roadmap");

        switchUser("company");
        open("diagnosis");
        assertThat(page.locator(".diagnosis-result .diagnosis-status")).hasText("현장 확인됨");
        screenshot("diagnosis-result-confirmed");
        open("solutions");
        Locator cell = page.locator(".matching-recommendation",
                new Page.LocatorOptions().setHasText("새별 협동로봇 비전 픽킹 셀"));
        assertThat(cell.locator(".matching-reasons")).containsText("같은 산업 분류");
        assertThat(cell.locator(".matching-reasons")).containsText("완료 과제");
        // the diagnosis' weak area (quality) and the stated needs put the vision-inspection AI first
        Locator first = page.locator(".matching-recommendation").first();
        assertThat(first).containsText("MH 딥비전 외관검사");
        assertThat(first.locator(".matching-reasons")).containsText("진단 취약 영역 보완(품질)");
        assertThat(page.locator("#recommendations")).not().containsText("DataLab 디지털 트윈");
        screenshot("solutions-recommendations");
        cell.locator(".matching-request").click();
        page.locator("#consultation-message textarea").fill("조립 라인 부품 피킹 자동화를 상담하고 싶습니다. 12월 중 방문 가능할까요?");
        screenshot("consultation-request");
        page.click("#consultation-send");
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("상담을 신청했습니다")))
                .isVisible();
        open("consultations");
        assertThat(page.locator(".matching-consultation").first()).containsText("신청됨");
        screenshot("consultations-demand");

        switchUser("company2");
        open("solutions/mine");
        Locator request = page.locator(".matching-consultation", new Page.LocatorOptions()
                .setHasText("조립 라인 부품 피킹"));
        assertThat(request).containsText("한빛정밀");
        assertThat(request.locator(".matching-status")).hasText("신청됨");
        screenshot("supplier-requests");
        request.locator(".matching-accept").click();
        assertThat(page.locator(".matching-consultation", new Page.LocatorOptions().setHasText("조립 라인 부품 피킹"))
                .locator(".matching-status")).hasText("수락됨");
        screenshot("supplier-accepted");

        switchUser("official");
        open("matching-admin");
        assertThat(page.locator("#pipeline-by-supplier")).containsText("새별로보틱스");
        assertThat(page.locator("#installed-but-unused")).containsText("태성열처리");
        screenshot("matching-admin");
        open("mentoring-admin");
        assertThat(page.locator("#assign-company")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("오현우")).first())
                .isVisible();
        screenshot("mentoring-admin");
        open("solutions");
        assertThat(page.locator("#catalogue")).containsText("K-MES 클라우드");
        screenshot("solutions-official");
    }
}
