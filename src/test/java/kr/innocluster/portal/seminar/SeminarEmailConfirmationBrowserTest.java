package kr.innocluster.portal.seminar;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import kr.innocluster.portal.browser.BrowserTestBase;
import kr.innocluster.portal.localstack.MailServer;
import kr.innocluster.portal.localstack.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The attendee registers with an address other than their account's: the page says a link went there and nothing
 * is registered yet; the link's page confirms with one click and the registration appears. Screenshots:
 * target/screenshots/seminar-email-confirm-*.png.
 */
class SeminarEmailConfirmationBrowserTest extends BrowserTestBase {

    @Autowired
    SeminarFixtures fixtures;

    @Test
    void anotherAddressConfirmsByTheMailedLinkBeforeTheRegistrationExists() {
        String title = "주소 확인 세미나 " + (System.nanoTime() % 100_000);
        long seminarId = fixtures.published(fixtures.form(title, 30, 6));
        String other = "jiwoo.private" + System.nanoTime() + "@mail.example";

        loginAs("attendee");
        open("seminars/" + seminarId);
        page.locator("#reg-email input").fill(other);
        page.locator("#reg-phone input").fill("010-2345-6789");
        page.locator("#reg-consent input").check();
        page.locator("#register-button").click();
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("확인 링크")))
                .isVisible();
        screenshot("seminar-email-confirm-01-link-sent");

        String link = MailServer.linkIn(TestStack.get().mail().awaitMailTo(other), "/seminars/confirm-email/");
        page.navigate(link);
        assertThat(page.locator("#confirm-email-button")).isVisible();
        screenshot("seminar-email-confirm-02-page");
        page.locator("#confirm-email-button").click();
        assertThat(page).hasURL(Pattern.compile(".*/my-seminars$"));
        assertThat(page.locator(".seminar-my-registration[data-seminar='" + title + "']")).containsText(other);
        screenshot("seminar-email-confirm-03-registered");
    }
}
