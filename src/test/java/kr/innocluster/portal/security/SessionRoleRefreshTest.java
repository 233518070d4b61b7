package kr.innocluster.portal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When an open session asks Keycloak again: after a change the portal knows of, or once its answer is too old. */
class SessionRoleRefreshTest {

    private static final Instant LAST = Instant.parse("2026-12-02T01:00:00Z");
    private static final Duration BOUND = Duration.ofMinutes(5);

    @Test
    void aFreshSessionWithoutChangesDoesNotAsk() {
        assertThat(SessionRoleRefresh.due(LAST, Optional.empty(), LAST.plusSeconds(299), BOUND)).isFalse();
        assertThat(SessionRoleRefresh.due(LAST, Optional.of(LAST.minusSeconds(1)), LAST.plusSeconds(10), BOUND))
                .isFalse();
    }

    @Test
    void aChangeAfterTheLastAnswerMakesTheNextNavigationAsk() {
        assertThat(SessionRoleRefresh.due(LAST, Optional.of(LAST.plusSeconds(1)), LAST.plusSeconds(2), BOUND))
                .isTrue();
    }

    @Test
    void anAnswerOlderThanTheBoundIsRenewed() {
        assertThat(SessionRoleRefresh.due(LAST, Optional.empty(), LAST.plus(BOUND), BOUND)).isTrue();
    }
}
