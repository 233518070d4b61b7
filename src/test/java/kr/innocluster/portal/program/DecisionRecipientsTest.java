package kr.innocluster.portal.program;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.company.CompanyFixtures;
import kr.innocluster.portal.company.CompanyInvitationService;
import kr.innocluster.portal.company.CompanyMemberService;
import kr.innocluster.portal.localstack.MailServer;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.notification.Notice;
import kr.innocluster.portal.notification.NotificationService;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision reaches the applicant company's members at the time of the decision, not whoever started the draft:
 * the colleague who wrote the application and has since left gets nothing; one who joined since is told.
 */
@IntegrationTest
class DecisionRecipientsTest {

    @Autowired
    ProgramFixtures fixtures;
    @Autowired
    CompanyFixtures companies;
    @Autowired
    CompanyInvitationService invitations;
    @Autowired
    CompanyMemberService members;
    @Autowired
    SelectionService selection;
    @Autowired
    NotificationService notifications;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aMemberWhoLeftGetsNothingAndANewMemberIsTold() throws Exception {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("수신자 사업"), 500_000_000L,
                50_000_000L));
        String manager = fixtures.newCompanyUser("dn-mgr");
        long companyId = fixtures.companyIdOf(manager);
        String drafter = join(companyId, manager, "dn-drafter-" + System.nanoTime());
        long id = fixtures.submittedApplication(programId, drafter, 40_000_000L);

        TestUsers.signIn(manager, Roles.COMPANY);
        members.removeMember(companyId, TestUsers.subjectOf(drafter));
        String newcomer = join(companyId, manager, "dn-new-" + System.nanoTime());

        TestUsers.signIn("official", Roles.OFFICIAL);
        selection.reject(id, "예산 소진으로 인한 미선정");

        // the invitation came first: wait for the decision itself
        assertThat(awaitMail(newcomer + "@test.example", "예산 소진으로 인한 미선정").getSubject())
                .isEqualTo("[InnoCluster] 선정 결과 안내");
        awaitMail(manager + "@test.example", "예산 소진으로 인한 미선정");
        // the same batch went out: had the drafter been a recipient, their mail would be there by now
        assertThat(TestStack.get().mail().mailsTo(drafter + "@test.example"))
                .noneMatch(mail -> MailServer.text(mail).contains("예산 소진으로 인한 미선정"));

        TestUsers.signIn(newcomer, Roles.COMPANY);
        assertThat(notifications.myNotices(10)).extracting(Notice::body)
                .anyMatch(body -> body.contains("예산 소진으로 인한 미선정"));
        TestUsers.signIn(drafter, Roles.COMPANY);
        assertThat(notifications.myNotices(10)).extracting(Notice::body)
                .noneMatch(body -> body.contains("예산 소진으로 인한 미선정"));
    }

    /** The first mail to {@code address} whose text contains {@code text}, waiting up to 15 s for it. */
    private static MimeMessage awaitMail(String address, String text) {
        GreenMail mailbox = TestStack.get().mail().greenMail();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            MimeMessage[] received = mailbox.getReceivedMessages();
            for (MimeMessage mail : TestStack.get().mail().mailsTo(address)) {
                if (MailServer.text(mail).contains(text)) {
                    return mail;
                }
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0 || !mailbox.waitForIncomingEmail(left, received.length + 1)) {
                throw new AssertionError("No mail to " + address + " containing " + text);
            }
        }
    }

    /** {@code username} is invited by the manager and accepts; returns the username. */
    private String join(long companyId, String manager, String username) {
        String token = companies.invite(companyId, manager, username + "@test.example");
        TestUsers.signIn(username);
        invitations.accept(token);
        return username;
    }
}
