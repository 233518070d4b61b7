package kr.innocluster.portal.pilotfactory;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.regex.Pattern;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.browser.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code company} finds the first free slot and requests it; {@code operator} approves it; {@code company2} sees the
 * slot only as "booked", without the company's name, and the free-slot search no longer offers it. The users belong
 * to the verified demo companies of the company registry (한빛정밀, 새별로보틱스).
 *
 * <p>The search runs with the portal's clock on a Monday at 07:30 some weeks ahead, whatever the time of day the test
 * runs: the slot it finds is then at a fixed hour, beyond the demo data's bookings (the 24-hour edge server asks four
 * hours' notice, and slots start on the hour: 12:00-15:00).
 */
class PilotFactoryBrowserTest extends BrowserTestBase {

    @Autowired
    MovableClock clock;

    @Test
    void aCompanyBooksAFreeSlotTheOperatorApprovesAndAnotherCompanySeesItOnlyAsBooked() {
        String solution = "브라우저 시험 솔루션 " + UUID.randomUUID().toString().substring(0, 6);

        loginAs("company");
        open("pilot-factory");
        assertThat(page.locator(".pf-week")).isVisible();
        screenshot("pilot-factory-company-calendar");

        LocalDate monday = LocalDate.now(PilotFactoryFixtures.SEOUL).plusWeeks(5)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        clock.moveTo(PilotFactoryFixtures.at(monday, 7, 30));
        open("pilot-factory");
        // a keyboard user reaches a free cell and picks it with Enter; a mouse user clicks one
        Locator free = page.locator(".pf-week .pf-clickable");
        free.first().focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#pf-solution")).isVisible();
        screenshot("pilot-factory-cell-picked-with-keyboard");
        page.keyboard().press("Escape");
        assertThat(page.locator("#pf-solution")).isHidden();
        free.nth(1).click();
        assertThat(page.locator("#pf-solution")).isVisible();
        page.keyboard().press("Escape");
        assertThat(page.locator("#pf-solution")).isHidden();
        String found = findFreeSlot();
        String resourceName = found.substring(0, found.indexOf(": "));
        String start = found.substring(found.indexOf(": ") + 2, found.indexOf(" ~ ")).replace(' ', 'T');
        assertThat(start).isEqualTo(monday + "T12:00");
        page.locator("#pf-search-book").click();
        assertThat(page.locator("#pf-solution")).isVisible();
        page.locator("#pf-solution input").fill(solution);
        page.locator("#pf-purpose textarea").fill("AI 비전 불량 검출 정확도를 실제 라인 속도에서 확인");
        screenshot("pilot-factory-booking-dialog");
        page.locator("#pf-submit").click();
        Locator mine = page.locator(".pf-week [data-start='" + start + "']");
        assertThat(mine).hasClass(Pattern.compile(".*pf-requested.*"));
        assertThat(mine).hasClass(Pattern.compile(".*pf-mine.*"));
        String bookingId = mine.getAttribute("data-booking");
        assertThat(bookingId).isNotBlank();
        screenshot("pilot-factory-company-requested");

        switchUser("operator");
        open("pilot-factory/requests");
        Locator actions = page.locator("vaadin-horizontal-layout[data-booking='" + bookingId + "']");
        Locator approve = actions.locator("vaadin-button", new Locator.LocatorOptions().setHasText("승인"));
        assertThat(approve).isVisible();
        screenshot("pilot-factory-operator-requests");
        approve.click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("승인했습니다");
        // The approved request leaves the list of waiting ones (the grid may keep the emptied row element, hidden).
        assertThat(actions).isHidden();

        switchUser("company2");
        open("pilot-factory");
        page.locator("#pf-resource-select").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(resourceName)).first().click();
        Locator taken = page.locator(".pf-week [data-start='" + start + "']");
        assertThat(taken).hasClass(Pattern.compile(".*pf-booked.*"));
        assertThat(taken).hasText("예약됨");
        assertThat(taken).not().hasClass(Pattern.compile(".*pf-clickable.*"));
        assertThat(taken.getAttribute("data-booking")).isNull();
        assertThat(page.locator(".pf-week")).not().containsText("한빛정밀");
        assertThat(page.locator(".pf-week")).not().containsText(solution);
        screenshot("pilot-factory-company2-sees-booked");
        assertThat(findFreeSlot()).isNotEqualTo(found);
    }

    /** Runs the free-slot search for three hours on all resources and returns the text of what it found. */
    private String findFreeSlot() {
        page.locator("#pf-search-hours input").fill("3");
        page.locator("#pf-search-find").click();
        Locator found = page.locator("#pf-search-found");
        assertThat(found).isVisible();
        return found.innerText().strip();
    }
}
