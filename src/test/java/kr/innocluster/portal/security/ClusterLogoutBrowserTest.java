package kr.innocluster.portal.security;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.time.Instant;
import kr.innocluster.portal.browser.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes share only the database: Keycloak's back-channel logout may land on the other node, which records
 * it in {@code oidc_logout}. Here the other node is played by a row inserted as it would insert it; this node must end
 * its own session of that Keycloak session within a few seconds, and the browser's next request finds itself signed
 * out. The real thing on two nodes is in {@code scripts/scale-out.sh}.
 */
class ClusterLogoutBrowserTest extends BrowserTestBase {

    @Autowired
    LocalSessions sessions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aLogoutRecordedByAnotherNodeEndsTheSessionOnThisNode() {
        loginAs("attendee");
        open("account");
        assertThat(page.locator("#account-username")).hasText("attendee");
        assertThat(statusOf("account")).isEqualTo(200);
        String sessionId = context.cookies(baseUrl()).stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElseThrow();
        OidcUser user = sessions.signedInWith(sessionId).orElseThrow();

        // another node received Keycloak's logout token for this Keycloak session and recorded it
        jdbc.sql("insert into oidc_logout (issuer, sid, subject, recorded_by) values (?, ?, ?, 'the-other-node')")
                .params(user.getIssuer().toString(), user.getIdToken().getClaimAsString("sid"), user.getSubject())
                .update();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (sessions.signedInWith(sessionId).isPresent() && Instant.now().isBefore(deadline)) {
            page.waitForTimeout(200);
        }
        assertThat(sessions.signedInWith(sessionId)).as("the session on this node ended").isEmpty();
        // the browser's next request with its cookies is sent to sign in again
        APIResponse next = page.request().get(baseUrl() + "/account", RequestOptions.create().setMaxRedirects(0));
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.headers().get("location")).contains("/oauth2/authorization/keycloak");
    }

    @Test
    void aLogoutOfAnotherKeycloakSessionLeavesThisSessionAlone() {
        loginAs("attendee");
        String sessionId = context.cookies(baseUrl()).stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElseThrow();
        OidcUser user = sessions.signedInWith(sessionId).orElseThrow();

        jdbc.sql("insert into oidc_logout (issuer, sid, subject, recorded_by) values (?, ?, ?, 'the-other-node')")
                .params(user.getIssuer().toString(), "another-keycloak-session", user.getSubject())
                .update();
        page.waitForTimeout(5_000); // two rounds of the poller

        assertThat(sessions.signedInWith(sessionId)).isPresent();
        assertThat(statusOf("account")).isEqualTo(200);
    }

    private int statusOf(String path) {
        return page.request().get(baseUrl() + "/" + path, RequestOptions.create().setMaxRedirects(0)).status();
    }
}
