package kr.innocluster.portal.company;

import java.time.Duration;
import java.util.UUID;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A company sends at most 20 invitations a day (portal.company.invitations-per-day), counted in the database. */
@IntegrationTest
class InvitationRateLimitTest {

    @Autowired
    CompanyFixtures fixtures;
    @Autowired
    CompanyInvitationService invitations;
    @Autowired
    MovableClock clock;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theTwentyFirstInvitationOfADayIsRefusedWithAClearMessage() {
        String manager = "rate-" + UUID.randomUUID().toString().substring(0, 8);
        long companyId = fixtures.verified("초대제한 주식회사", manager).id();
        TestUsers.signIn(manager, Roles.COMPANY);
        for (int i = 0; i < 20; i++) {
            invitations.invite(companyId, manager + "-guest" + i + "@test.example");
        }

        assertThatThrownBy(() -> invitations.invite(companyId, manager + "-guest20@test.example"))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.fieldErrorKeys()).containsEntry("email", "company.error.invite.rateLimited");
                });
        assertThat(invitations.invitations(companyId)).hasSize(20);

        clock.moveBy(Duration.ofHours(24).plusMinutes(1));
        assertThat(invitations.invite(companyId, manager + "-guest20@test.example").email())
                .isEqualTo(manager + "-guest20@test.example");
    }
}
