package kr.innocluster.portal.pilotfactory;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import kr.innocluster.portal.browser.BrowserTestBase;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code company} finds the first free slot and requests it; {@code operator} approves it; {@code company2} sees the
 * slot only as "booked", without the company's name, and the free-slot search no longer offers it. The users belong
 * to the verified demo companies of the company registry (한빛정밀, 새별로보틱스).
 */
class PilotFactoryBrowserTest extends BrowserTestBase {

    @Test
    void aCompanyBooksAFreeSlotTheOperatorApprovesAndAnotherCompanySeesItOnlyAsBooked() {
        String solution = "브라우저 시험 솔루션 " + UUID.randomUUID().toString().substring(0, 6);

        loginAs("company");
        open("pilot-factory");
        assertThat(page.locator(".pf-week")).isVisible();
        screenshot("pilot-factory-company-calendar");
        String found = findFreeSlot();
        String resourceName = found.substring(0, found.indexOf(": "));
        String start = found.substring(found.indexOf(": ") + 2, found.indexOf(" ~ ")).replace(' ', 'T');
        page.locator("vaadin-button.pf-search-book").click();
        assertThat(page.locator("vaadin-text-field.pf-solution")).isVisible();
        page.locator("vaadin-text-field.pf-solution input").fill(solution);
        page.locator("vaadin-text-area.pf-purpose textarea").fill("AI 비전 불량 검출 정확도를 실제 라인 속도에서 확인");
        screenshot("pilot-factory-booking-dialog");
        page.locator("vaadin-button.pf-submit").click();
        Locator mine = page.locator(".pf-week [data-start='" + start + "']");
        assertThat(mine).hasClass(java.util.regex.Pattern.compile(".*pf-requested.*"));
        assertThat(mine).hasClass(java.util.regex.Pattern.compile(".*pf-mine.*"));
        String bookingId = mine.getAttribute("data-booking");
        assertThat(bookingId).isNotBlank();
        screenshot("pilot-factory-company-requested");
        switchUser("operator");
        open("pilot-factory/requests");
        Locator actions = page.locator("vaadin-horizontal-layout[data-booking='" + bookingId + "']");
        assertThat(actions.locator("vaadin-button.pf-approve")).isVisible();
        screenshot("pilot-factory-operator-requests");
        actions.locator("vaadin-button.pf-approve").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("승인했습니다");
        assertThat(actions).hasCount(0);
        switchUser("company2");
        open("pilot-factory");
        page.locator("vaadin-select.pf-resource-select").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(resourceName)).first().click();
        Locator taken = page.locator(".pf-week [data-start='" + start + "']");
        // The slot is at most a few days ahead: it is in this week's or one of the next weeks' grid.
        for (int week = 0; week < 3; week++) {
            try {
                taken.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
                break;
            } catch (com.microsoft.playwright.TimeoutError notThisWeek) {
                page.locator("vaadin-button.pf-next").click();
            }
        }
        assertThat(taken).hasClass(java.util.regex.Pattern.compile(".*pf-booked.*"));
        assertThat(taken).hasText("예약됨");
        assertThat(taken).not().hasClass(java.util.regex.Pattern.compile(".*pf-clickable.*"));
        assertThat(taken.getAttribute("data-booking")).isNull();
        assertThat(page.locator(".pf-week")).not().containsText("한빛정밀");
        assertThat(page.locator(".pf-week")).not().containsText(solution);
        screenshot("pilot-factory-company2-sees-booked");
        assertThat(findFreeSlot()).isNotEqualTo(found);
    }

    /** Runs the free-slot search for three hours on all resources and returns the text of what it found. */
    private String findFreeSlot() {
        page.locator("vaadin-integer-field.pf-search-hours input").fill("3");
        page.locator("vaadin-button.pf-search-find").click();
        Locator found = page.locator(".pf-search-found");
        assertThat(found).isVisible();
        return found.innerText().strip();
    }

}
