package kr.innocluster.portal.program;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.company.CompanyFixtures;
import kr.innocluster.portal.localstack.KeycloakConsole;
import kr.innocluster.portal.localstack.MailServer;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reviewer pool: an invitation creates the Keycloak account with the reviewer role and the mailed link, and puts
 * the reviewer in the pool at once; the affiliation blocks assignments to the reviewer's own company; deactivation
 * revokes the role, takes the reviewer out of the pool and flags their open reviews.
 */
@IntegrationTest
class ReviewerPoolTest {

    @Autowired
    ProgramFixtures fixtures;
    @Autowired
    ReviewerPoolService pool;
    @Autowired
    IntakeService intake;
    @Autowired
    CompanyFixtures companies;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anInvitedReviewerIsInThePoolAtOnceAndKeycloakMailsTheLink() {
        ReviewerInvitation invitation = ProgramFixtures.invitation("김지훈", "한국기계연구원");
        String subject = fixtures.invitedReviewer(invitation);

        PoolReviewer reviewer = pool.pool().stream().filter(r -> r.subject().equals(subject)).findFirst()
                .orElseThrow();
        assertThat(reviewer.status()).isEqualTo(ReviewerStatus.INVITED);
        assertThat(reviewer.sections()).containsExactly("C", "J");
        assertThat(reviewer.affiliation()).isEqualTo("한국기계연구원");
        assertThat(intake.reviewers()).anySatisfy(o -> {
            assertThat(o.subject()).isEqualTo(subject);
            assertThat(o.keywords()).isEqualTo("머신비전, 예지보전");
        });

        // Keycloak was up: the account exists, with the reviewer role, and the placeholder is gone
        KeycloakConsole console = KeycloakConsole.ofTestStack();
        assertThat(subject).doesNotStartWith("invite-").isEqualTo(console.userId(invitation.email()));
        assertThat(console.realmRoles(subject)).contains(Roles.REVIEWER);
        MimeMessage mail = TestStack.get().mail().awaitMailTo(invitation.email());
        assertThat(MailServer.linkIn(mail, "action-token")).contains("key=");
        assertThat(TestStack.get().mail().mailsTo(invitation.email())).hasSize(1);
    }

    @Test
    void anIncompleteOrDuplicateInvitationIsRefusedFieldByField() {
        TestUsers.signIn("official", "official");
        assertThatThrownBy(() -> pool.invite(new ReviewerInvitation(" ", "not-an-address", "", List.of(), " ")))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.fieldErrorKeys())
                        .containsEntry("name", "program.pool.validation.name")
                        .containsEntry("email", "program.pool.validation.email")
                        .containsEntry("affiliation", "program.pool.validation.affiliation")
                        .containsEntry("sections", "program.pool.validation.expertise"));

        ReviewerInvitation invitation = ProgramFixtures.invitation("최민준", "울산과학기술원");
        fixtures.invitedReviewer(invitation);
        assertThatThrownBy(() -> pool.invite(invitation))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.fieldErrorKeys())
                        .containsEntry("email", "program.pool.validation.emailTaken"));
    }

    @Test
    void onlyOfficialsManageThePool() {
        TestUsers.signIn("company", "company");
        assertThatThrownBy(() -> pool.invite(ProgramFixtures.invitation("누군가", "어딘가")))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn("reviewer", "reviewer");
        assertThatThrownBy(() -> pool.pool()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReviewerWhoseAffiliationIsTheApplyingCompanyCannotBeAssigned() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("소속 이해충돌"),
                500_000_000L, 50_000_000L));
        String owner = "affiliated-" + System.nanoTime();
        String companyName = "대구정밀" + System.nanoTime() % 100000;
        companies.verified(companyName + " 주식회사", owner);
        long id = fixtures.submittedApplication(programId, owner, 10_000_000L);
        String reviewer = fixtures.invitedReviewer(ProgramFixtures.invitation("정하은", "(주)" + companyName));

        TestUsers.signIn("official", "official");
        intake.accept(id);
        assertThatThrownBy(() -> intake.assign(id, reviewer))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.error.conflictAffiliation"));
    }

    @Test
    void aDeactivatedReviewerLeavesThePoolLosesTheRoleAndTheirOpenReviewsAreFlagged() {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("비활성화"),
                500_000_000L, 50_000_000L));
        long id = fixtures.submittedApplication(programId, fixtures.newCompanyUser("flagged"), 10_000_000L);
        ReviewerInvitation invitation = ProgramFixtures.invitation("윤서아", "포항공과대학교");
        String reviewer = fixtures.invitedReviewer(invitation);
        TestUsers.signIn("official", "official");
        intake.accept(id);
        intake.assign(id, reviewer);
        assertThat(intake.reviewsOf(id)).singleElement()
                .satisfies(r -> assertThat(r.reviewerWithdrawn()).isFalse());

        assertThat(pool.deactivate(reviewer, "장기 해외 출장으로 위촉 해제")).isEqualTo(1);

        assertThat(pool.pool()).noneMatch(r -> r.subject().equals(reviewer));
        assertThat(intake.reviewers()).noneMatch(r -> r.subject().equals(reviewer));
        assertThat(intake.reviewsOf(id)).singleElement().satisfies(r -> {
            assertThat(r.reviewerWithdrawn()).isTrue();
            assertThat(r.submitted()).isFalse();
        });
        assertThat(KeycloakConsole.ofTestStack().realmRoles(reviewer)).doesNotContain(Roles.REVIEWER);
        long next = fixtures.submittedApplication(programId, fixtures.newCompanyUser("after"), 10_000_000L);
        TestUsers.signIn("official", "official");
        intake.accept(next);
        assertThatThrownBy(() -> intake.assign(next, reviewer)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void affiliationsMatchWithoutLegalFormsSpacesOrCase() {
        assertThat(ReviewerPoolService.sameOrganisation("(주)대구정밀", "대구정밀 주식회사")).isTrue();
        assertThat(ReviewerPoolService.sameOrganisation("Daegu Precision Co., Ltd.", "daegu precision"))
                .isTrue();
        assertThat(ReviewerPoolService.sameOrganisation("경북대학교", "대구정밀 주식회사")).isFalse();
        assertThat(ReviewerPoolService.sameOrganisation(null, "대구정밀")).isFalse();
    }
}
