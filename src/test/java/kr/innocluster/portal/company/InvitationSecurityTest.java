package kr.innocluster.portal.company;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Invitations are mailed single-use links: only the signed-in person whose verified e-mail is the invited address
 * joins, once, before the link expires or is revoked. Every refusal leaves the company's members as they were.
 */
@IntegrationTest
@RecordApplicationEvents
class InvitationSecurityTest {

    @Autowired
    CompanyFixtures fixtures;

    @Autowired
    CompanyInvitationService invitations;

    @Autowired
    CompanyMemberService members;

    @Autowired
    CompanyOnboardingService onboarding;

    @Autowired
    CompanyService companies;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    String manager;
    long companyId;
    String address;
    String token;

    @BeforeEach
    void aVerifiedCompanyInvitesAColleague() {
        manager = "invitation-manager-" + System.nanoTime();
        companyId = fixtures.register("초대보안 " + System.nanoTime(), manager, true, form -> { }).id();
        address = "colleague-" + System.nanoTime() + "@invited.example";
        token = fixtures.invite(companyId, manager, address);
        events.clear();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() {
        assertThat(jdbc.queryForObject("select count(*) from company_invitation where token_hash = ?", Long.class,
                InvitationTokens.hash(token))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from company_invitation where token_hash = ? or email = ?",
                Long.class, token, token)).isZero();
    }

    @Test
    void aTokenAcceptedOnceCannotBeUsedAgain() {
        TestUsers.signInWithEmail("first-invitee", address, true, Roles.ATTENDEE);
        assertThat(invitations.preview(token).check()).isEqualTo(InvitationCheck.ACCEPTABLE);

        assertThat(invitations.accept(token).id()).isEqualTo(companyId);

        assertThat(events.stream(CompanyAccessGranted.class))
                .extracting(CompanyAccessGranted::subject, CompanyAccessGranted::companyId)
                .containsExactly(tuple(TestUsers.subjectOf("first-invitee"), companyId));
        assertRefused("first-invitee", address, true, InvitationCheck.USED);
        assertRefused("second-account-same-address", address.toUpperCase(), true, InvitationCheck.USED);
        assertThat(memberSubjects()).containsExactly(TestUsers.subjectOf(manager),
                TestUsers.subjectOf("first-invitee"));
        assertThat(companyHistoryFields()).contains("memberInvited", "memberJoined");
    }

    @Test
    void anExpiredTokenIsRefused() {
        clock.moveBy(Duration.ofDays(7).minusMinutes(1));
        TestUsers.signInWithEmail("late-invitee", address, true, Roles.ATTENDEE);
        assertThat(invitations.preview(token).check()).isEqualTo(InvitationCheck.ACCEPTABLE);

        clock.moveBy(Duration.ofMinutes(2));

        assertRefused("late-invitee", address, true, InvitationCheck.EXPIRED);
        assertNobodyJoined("late-invitee");
        // the manager sees it flagged and may invite the address again; the old link stays dead
        TestUsers.signIn(manager, Roles.COMPANY);
        assertThat(invitations.invitations(companyId)).singleElement()
                .satisfies(invitation -> assertThat(invitation.expired()).isTrue());
        invitations.invite(companyId, address);
        assertThat(invitations.invitations(companyId)).singleElement()
                .satisfies(invitation -> assertThat(invitation.expired()).isFalse());
        assertRefused("late-invitee", address, true, InvitationCheck.EXPIRED);
    }

    @Test
    void aRevokedTokenIsRefused() {
        TestUsers.signIn(manager, Roles.COMPANY);
        long id = invitations.invitations(companyId).getFirst().id();
        invitations.revokeInvitation(companyId, id);
        assertThat(invitations.invitations(companyId)).isEmpty();

        assertRefused("revoked-invitee", address, true, InvitationCheck.REVOKED);
        assertNobodyJoined("revoked-invitee");
    }

    @Test
    void anUnverifiedOrDifferentEmailIsRefusedAndTheLinkStaysUsableForTheInvitedPerson() {
        assertRefused("unverified-invitee", address, false, InvitationCheck.EMAIL_UNVERIFIED);
        assertRefused("other-person", "someone-else@invited.example", true, InvitationCheck.WRONG_PERSON);
        assertRefused("other-person", "someone-else@invited.example", false, InvitationCheck.EMAIL_UNVERIFIED);
        assertNobodyJoined("unverified-invitee");
        assertNobodyJoined("other-person");
        assertThat(events.stream(CompanyAccessGranted.class)).isEmpty();

        // the invited person, signed in with the same address in other letter case, still joins
        TestUsers.signInWithEmail("rightful-invitee", address.toUpperCase(), true, Roles.ATTENDEE);
        invitations.accept(token);
        assertThat(memberSubjects()).contains(TestUsers.subjectOf("rightful-invitee"));
    }

    @Test
    void aGarbledOrUnknownTokenIsRefused() {
        String unknown = token.substring(1) + (token.charAt(0) == 'A' ? 'B' : 'A');
        TestUsers.signInWithEmail("guessing-invitee", address, true, Roles.ATTENDEE);
        assertRefusedToken(unknown, InvitationCheck.UNKNOWN);
        assertRefusedToken("../../etc", InvitationCheck.UNKNOWN);
        assertRefusedToken("", InvitationCheck.UNKNOWN);
        assertNobodyJoined("guessing-invitee");
    }

    @Test
    void someoneWhoAlreadyBelongsToACompanyIsRefused() {
        String otherManager = "member-elsewhere-" + System.nanoTime();
        fixtures.register("다른회사 " + System.nanoTime(), otherManager, false, form -> { });

        assertRefused(otherManager, address, true, InvitationCheck.ALREADY_MEMBER);
        assertThat(memberSubjects()).containsExactly(TestUsers.subjectOf(manager));
    }

    @Test
    void onlyTheManagerInvitesAndRevokes() {
        TestUsers.signInWithEmail("plain-member", address, true, Roles.ATTENDEE);
        invitations.accept(token);
        TestUsers.signIn("plain-member", Roles.COMPANY);

        assertThatThrownBy(() -> invitations.invite(companyId, "third@invited.example"))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn("stranger", Roles.COMPANY);
        assertThatThrownBy(() -> invitations.invite(companyId, "third@invited.example"))
                .isInstanceOf(CompanyNotFoundException.class);
        assertThatThrownBy(() -> invitations.invitations(companyId)).isInstanceOf(CompanyNotFoundException.class);
    }

    private void assertRefused(String username, String email, boolean verified, InvitationCheck expected) {
        TestUsers.signInWithEmail(username, email, verified, Roles.ATTENDEE);
        assertRefusedToken(token, expected);
    }

    private void assertRefusedToken(String link, InvitationCheck expected) {
        InvitationPreview preview = invitations.preview(link);
        assertThat(preview.check()).isEqualTo(expected);
        assertThat(preview.companyName()).isNull();
        assertThatThrownBy(() -> invitations.accept(link)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(expected.messageKey()));
    }

    private void assertNobodyJoined(String username) {
        TestUsers.signInWithEmail(username, address, true, Roles.ATTENDEE);
        assertThat(onboarding.myState().state()).isEqualTo(CompanyAccessState.NONE);
        assertThat(memberSubjects()).containsExactly(TestUsers.subjectOf(manager));
        assertThat(events.stream(CompanyAccessGranted.class)).isEmpty();
    }

    private List<String> memberSubjects() {
        return asManager(() -> members.members(companyId).stream().map(CompanyMember::subject).toList());
    }

    private List<String> companyHistoryFields() {
        return asManager(() -> companies.history(companyId).stream().map(CompanyChange::field).toList());
    }

    private <T> T asManager(Supplier<T> read) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn(manager, Roles.COMPANY);
            return read.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
