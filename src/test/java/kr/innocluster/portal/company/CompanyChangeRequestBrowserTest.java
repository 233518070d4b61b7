package kr.innocluster.portal.company;

import com.microsoft.playwright.Page;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.browser.BrowserTestBase;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verified company's manager changes its revenue: the page says the change waits for an official, who sees old
 * and new values and approves. The demo company is put back as it was at the end. Screenshots:
 * target/screenshots/company-change-*.png.
 */
class CompanyChangeRequestBrowserTest extends BrowserTestBase {

    @Autowired
    CompanyService companies;
    @Autowired
    CompanyChangeRequestService changeRequests;

    @Test
    void aRevenueChangeWaitsForTheOfficialWhoApprovesIt() {
        TestUsers.signIn("company", Roles.COMPANY);
        CompanySummary hanbit = companies.myCompany().orElseThrow();
        long originalRevenue = companies.details(hanbit.id()).annualRevenue();
        SecurityContextHolder.clearContext();
        try {
            loginAs("company");
            open("companies/" + hanbit.id() + "/edit");
            assertThat(page.locator("#company-verified-facts-hint")).isVisible();
            page.locator("#company-annualRevenue input").fill(String.valueOf(originalRevenue + 1_000_000_000L));
            screenshot("company-change-01-edit-with-hint");
            page.locator("#company-save").click();
            assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("승인 후 반영")))
                    .isVisible();
            open("companies/" + hanbit.id());
            assertThat(page.locator("#company-change-request")).containsText("승인을 기다리고 있습니다");
            screenshot("company-change-02-waiting");

            switchUser("official");
            open("home");
            assertThat(page.locator(".company-home-change", new Page.LocatorOptions().setHasText(hanbit.name())))
                    .isVisible();
            screenshot("company-change-03-official-home");
            open("companies/" + hanbit.id());
            assertThat(page.locator("#company-change-request")).containsText("→");
            screenshot("company-change-04-official");
            page.locator("#company-change-approve").click();
            assertThat(page.locator("#company-change-request")).hasCount(0);
            assertThat(page.locator("#company-annualRevenue")).containsText(Money.won(originalRevenue + 1_000_000_000L));
            screenshot("company-change-05-approved");

            TestUsers.signIn("company", Roles.COMPANY);
            assertThat(changeRequests.pending(hanbit.id())).isEmpty();
        } finally {
            // the demo company as it was: the official sets the revenue back directly
            TestUsers.signIn("official", Roles.OFFICIAL);
            CompanyDetails now = companies.details(hanbit.id());
            CompanyForm restore = CompanyForm.of(now);
            restore.setAnnualRevenue(originalRevenue);
            companies.update(hanbit.id(), now.version(), restore);
            SecurityContextHolder.clearContext();
        }
    }
}
