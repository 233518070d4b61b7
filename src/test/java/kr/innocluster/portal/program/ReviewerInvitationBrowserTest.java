package kr.innocluster.portal.program;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import java.util.regex.Pattern;
import kr.innocluster.portal.browser.BrowserTestBase;
import kr.innocluster.portal.localstack.MailServer;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An official invites an external reviewer on the reviewer pool screen; Keycloak mails the link; the reviewer, on
 * another computer, verifies the e-mail and sets a password on Keycloak's pages, signs in to the portal and sees the
 * application the official assigned (with the reviewer's expertise shown when assigning). A second reviewer, deactivated
 * with a review still open, leaves that review flagged for the official.
 */
class ReviewerInvitationBrowserTest extends BrowserTestBase {

    @Autowired
    ProgramFixtures fixtures;
    @Autowired
    IntakeService intake;
    @Autowired
    ReviewerPoolService pool;

    @Test
    void anInvitedReviewerSetsAPasswordThroughTheMailedLinkSignsInAndSeesTheAssignment() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String project = "AI 비전검사 실증";
        long programId = fixtures.openProgram(ProgramFixtures.draft("평가위원 초대 사업 " + suffix, 500_000_000L,
                50_000_000L));
        String assignedCompany = fixtures.newCompanyUser("invited-review");
        String flaggedCompany = fixtures.newCompanyUser("flagged-review");
        long assigned = fixtures.submittedApplication(programId, assignedCompany, 30_000_000L);
        long flagged = fixtures.submittedApplication(programId, flaggedCompany, 20_000_000L);
        String leaving = fixtures.invitedReviewer(ProgramFixtures.invitation("오세훈", "한국전자기술연구원"));
        TestUsers.signIn("official", "official");
        intake.accept(assigned);
        intake.accept(flagged);
        intake.assign(flagged, leaving);
        pool.deactivate(leaving, "위촉 기간 만료");
        TestUsers.signOut();

        String email = "reviewer-" + suffix + "@review-pool.example";
        loginAs("official");
        open("program-admin/reviewers");
        assertThat(page.locator("#reviewer-pool")).isVisible();
        page.fill("#reviewer-email input", "not-an-address");
        page.click("#invite-reviewer");
        assertThat(page.locator("#reviewer-name[invalid]")).isVisible();
        assertThat(page.locator("#reviewer-sections[invalid]")).isVisible();
        screenshot("reviewer-invite-errors");

        page.fill("#reviewer-name input", "한지민");
        page.fill("#reviewer-email input", email);
        page.fill("#reviewer-affiliation input", "경북대학교 전자공학부");
        page.locator("#reviewer-sections input").fill("제조");
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("C 제조업"))
                .first().click();
        page.keyboard().press("Escape");
        page.fill("#reviewer-keywords input", "머신비전, 딥러닝 검사");
        page.click("#invite-reviewer");
        assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(email)))
                .isVisible();
        Locator row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(email));
        assertThat(row.first()).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content .program-reviewer-keywords",
                new Page.LocatorOptions().setHasText("딥러닝 검사")).first()).isVisible();
        screenshot("reviewer-pool");

        // the official assigns the new reviewer; the expertise shows while choosing
        open("program-admin/" + programId);
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(assignedCompany)).first()
                .click();
        page.locator("#reviewer-choice input").fill("한지민");
        assertThat(page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("경북대학교")).first())
                .isVisible();
        screenshot("reviewer-assign-choices");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("한지민")).first().click();
        assertThat(page.locator("#reviewer-expertise")).containsText("C 제조업");
        screenshot("reviewer-assign-expertise");
        page.click("#assign-reviewer");
        assertThat(page.locator(".program-review-line", new Page.LocatorOptions().setHasText("한지민")))
                .isVisible();
        closeDialog();

        // the deactivated reviewer's open review is flagged, in the dialog and in the ranking
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(flaggedCompany)).first()
                .click();
        assertThat(page.locator(".program-review-line", new Page.LocatorOptions().setHasText("오세훈"))
                .locator(".program-review-withdrawn")).isVisible();
        screenshot("reviewer-flagged-assignment");
        closeDialog();
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("순위")).first().click();
        assertThat(page.locator(".program-review-withdrawn").first()).isVisible();
        screenshot("reviewer-flagged-ranking");
        logout();

        // the reviewer, on their own computer, follows Keycloak's mail
        freshContext();
        MimeMessage mail = TestStack.get().mail().awaitMailTo(email);
        page.navigate(MailServer.linkIn(mail, "/login-actions/action-token"));
        for (int step = 0; step < 4 && !page.locator("#password-new").isVisible(); step++) {
            page.locator("#kc-info-message a, #kc-content a").first().click();
            page.waitForLoadState();
        }
        screenshot("reviewer-set-password");
        page.fill("#password-new", NEW_USER_PASSWORD);
        page.fill("#password-confirm", NEW_USER_PASSWORD);
        page.locator("#kc-form-buttons input[type=submit], #kc-form-buttons button[type=submit], "
                + "input[type=submit], button[type=submit]").first().click();
        page.waitForLoadState();
        screenshot("reviewer-account-updated");
        // Keycloak's "back to the application" link leads to the portal, where the reviewer signs in
        page.locator("#kc-info-message a, #kc-content a").first().click();
        page.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + "/.*"));

        loginAs(email, NEW_USER_PASSWORD);
        open("reviews");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(project)).first())
                .isVisible();
        screenshot("reviewer-sees-assignment");
        assertThat(page).hasURL(Pattern.compile(".*/reviews$"));
    }

    private void closeDialog() {
        page.locator("vaadin-dialog-overlay vaadin-button, vaadin-dialog vaadin-button",
                new Page.LocatorOptions().setHasText("닫기")).first().click();
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
    }
}
