package kr.innocluster.portal.identity;

import java.time.Duration;
import java.util.UUID;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.identity.domain.RoleChangeRecordRepository;
import kr.innocluster.portal.localstack.KeycloakConsole;
import kr.innocluster.portal.localstack.KeycloakServer;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.security.RoleChangeStamps;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.RunAs;
import kr.innocluster.portal.security.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision taken while Keycloak is down is kept in the outbox and applied when Keycloak returns, without anyone
 * doing anything again. Stops the test stack's Keycloak for a while (and always starts it again).
 */
@IntegrationTest
class RoleOutboxTest {

    @Autowired
    RoleGrants roleGrants;
    @Autowired
    IdentityOutbox outbox;
    @Autowired
    RoleChangeStamps stamps;
    @Autowired
    RoleChangeRecordRepository changes;

    private final KeycloakServer keycloak = TestStack.get().keycloak();

    @AfterEach
    void keycloakRunsAgain() throws Exception {
        keycloak.restart(Duration.ofMinutes(4));
    }

    @Test
    void aGrantDecidedWhileKeycloakIsDownIsAppliedWhenItReturns() throws Exception {
        KeycloakConsole console = KeycloakConsole.ofTestStack();
        String username = "outbox-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = console.createUser(username, "도윤", "임");

        keycloak.stop();
        RoleChange decided = RunAs.user(DemoUsers.OFFICIAL, "official").withRoles(Roles.OFFICIAL)
                .call(() -> roleGrants.grant(userId, username, Roles.REVIEWER, "평가위원 위촉 (Keycloak 점검 중)"));
        outbox.applyDue();

        assertThat(decided.state()).isEqualTo(RoleChangeState.PENDING);
        RoleChange waiting = history(userId);
        assertThat(waiting.state()).isEqualTo(RoleChangeState.PENDING);
        assertThat(waiting.attempts()).isPositive();
        assertThat(waiting.lastError()).contains("unreachable");

        keycloak.restart(Duration.ofMinutes(4));

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!console.realmRoles(userId).contains(Roles.REVIEWER) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(console.realmRoles(userId)).contains(Roles.REVIEWER);
        assertThat(history(userId).state()).isEqualTo(RoleChangeState.APPLIED);
        assertThat(RunAs.user(userId, username).call(() -> stamps.lastChangeOf(userId))).isPresent();
    }

    private RoleChange history(String userId) {
        return RoleChanges.of(changes.findForUser(userId, PageRequest.of(0, 1)).getFirst());
    }
}
