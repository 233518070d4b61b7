package kr.innocluster.portal.company;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.notification.Notice;
import kr.innocluster.portal.notification.NotificationService;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person asks to join a registered company by its business number; only its manager approves (membership, company
 * role event, mail and notice) or declines (reason in the mail). Removal ends the role; a member whose role was taken
 * away sees that, and no company data.
 */
@IntegrationTest
@RecordApplicationEvents
class JoinRequestServiceTest {

    @Autowired
    CompanyFixtures fixtures;

    @Autowired
    CompanyOnboardingService onboarding;

    @Autowired
    CompanyMemberService members;

    @Autowired
    CompanyService companies;

    @Autowired
    CompanyDirectoryService directory;

    @Autowired
    CompanyInvitationService invitations;

    @Autowired
    NotificationService notifications;

    @Autowired
    MovableClock clock;

    @Autowired
    ApplicationEvents events;

    String manager;
    String requester;
    String requesterEmail;
    CompanyDetails company;

    @BeforeEach
    void aRegisteredCompanyAndSomeoneWhoWorksThere() {
        long n = System.nanoTime();
        manager = "join-manager-" + n;
        requester = "join-requester-" + n;
        requesterEmail = requester + "@staff.example";
        company = fixtures.register("가입요청 " + n, manager, true, form -> { });
        events.clear();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theManagerApprovesAndTheRequesterJoinsWithTheCompanyRole() throws Exception {
        asRequester();
        assertThat(onboarding.myState().state()).isEqualTo(CompanyAccessState.NONE);

        CompanyJoinRequest sent = onboarding.requestToJoin(BusinessNumber.format(company.businessNumber()));

        assertThat(sent.companyName()).isEqualTo(company.name());
        assertThat(onboarding.myState().state()).isEqualTo(CompanyAccessState.JOIN_REQUESTED);
        assertThat(onboarding.myState().joinRequest().companyName()).isEqualTo(company.name());
        asManager();
        assertThat(onboarding.myState().pendingJoinRequests()).isEqualTo(1);
        List<CompanyJoinRequest> waiting = members.pendingJoinRequests(company.id());
        assertThat(waiting).extracting(CompanyJoinRequest::requesterEmail).containsExactly(requesterEmail);

        members.approveJoinRequest(company.id(), waiting.getFirst().id());

        assertThat(memberSubjects()).containsExactly(TestUsers.subjectOf(manager), TestUsers.subjectOf(requester));
        assertThat(members.pendingJoinRequests(company.id())).isEmpty();
        assertThat(events.stream(CompanyAccessGranted.class))
                .extracting(CompanyAccessGranted::subject, CompanyAccessGranted::companyId)
                .containsExactly(tuple(TestUsers.subjectOf(requester), company.id()));
        MimeMessage mail = TestStack.get().mail().awaitMailTo(requesterEmail);
        assertThat(mail.getSubject()).contains(company.name()).contains("승인");
        asRequester();
        assertThat(notifications.myNotices(5)).extracting(Notice::title).anyMatch(t -> t.contains(company.name()));
        // the role is granted through Keycloak: until it arrives the person is told so, then they act for the company
        assertThat(onboarding.myState().state()).isEqualTo(CompanyAccessState.ACCESS_PENDING);
        TestUsers.signInWithEmail(requester, requesterEmail, true, Roles.ATTENDEE, Roles.COMPANY);
        assertThat(onboarding.myState().state()).isEqualTo(CompanyAccessState.ACTIVE);
        assertThat(companies.requireVerifiedCompanyOfCurrentUser().id()).isEqualTo(company.id());
    }

    @Test
    void theManagerDeclinesWithAReasonAndNobodyJoins() throws Exception {
        asRequester();
        long id = onboarding.requestToJoin(company.businessNumber()).id();
        asManager();

        members.declineJoinRequest(company.id(), id, "우리 회사 직원 명부에 없는 분입니다.");

        assertThat(memberSubjects()).containsExactly(TestUsers.subjectOf(manager));
        assertThat(events.stream(CompanyAccessGranted.class)).isEmpty();
        MimeMessage mail = TestStack.get().mail().awaitMailTo(requesterEmail);
        assertThat(mail.getSubject()).contains("거절");
        assertThat(CompanyFixtures.text(mail)).contains("우리 회사 직원 명부에 없는 분입니다.");
        asRequester();
        assertThat(onboarding.myState().state()).isEqualTo(CompanyAccessState.NONE);
        assertThatThrownBy(() -> members.approveJoinRequest(company.id(), id))
                .isInstanceOf(CompanyNotFoundException.class);
        asManager();
        assertThatThrownBy(() -> members.approveJoinRequest(company.id(), id)).isInstanceOfSatisfying(
                RuleException.class, e -> assertThat(e.messageKey()).isEqualTo("company.error.join.alreadyDecided"));
    }

    @Test
    void onlyTheManagerOfThatCompanyDecides() {
        asRequester();
        long id = onboarding.requestToJoin(company.businessNumber()).id();

        assertThatThrownBy(() -> members.approveJoinRequest(company.id(), id))
                .isInstanceOf(CompanyNotFoundException.class);
        String otherManager = "other-manager-" + System.nanoTime();
        fixtures.register("남의회사 " + System.nanoTime(), otherManager, true, form -> { });
        TestUsers.signIn(otherManager, Roles.COMPANY);
        assertThatThrownBy(() -> members.approveJoinRequest(company.id(), id))
                .isInstanceOf(CompanyNotFoundException.class);
        assertThatThrownBy(() -> members.declineJoinRequest(company.id(), id, null))
                .isInstanceOf(CompanyNotFoundException.class);
        assertThatThrownBy(() -> members.pendingJoinRequests(company.id()))
                .isInstanceOf(CompanyNotFoundException.class);
        TestUsers.signIn("official", Roles.OFFICIAL);
        assertThatThrownBy(() -> members.approveJoinRequest(company.id(), id))
                .isInstanceOf(CompanyNotFoundException.class);

        // a plain member sees the company but does not decide
        String colleague = "plain-colleague-" + System.nanoTime();
        String token = fixtures.invite(company.id(), manager, colleague + "@staff.example");
        TestUsers.signInWithEmail(colleague, colleague + "@staff.example", true, Roles.ATTENDEE);
        invitations.accept(token);
        TestUsers.signIn(colleague, Roles.COMPANY);
        assertThatThrownBy(() -> members.approveJoinRequest(company.id(), id))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(events.stream(CompanyAccessGranted.class)).extracting(CompanyAccessGranted::subject)
                .doesNotContain(TestUsers.subjectOf(requester));
        asManager();
        assertThat(members.pendingJoinRequests(company.id())).hasSize(1);
    }

    @Test
    void requestsNeedAVerifiedEmailAValidNumberOfARegisteredCompanyAndNoCompanyYet() {
        TestUsers.signInWithEmail(requester, requesterEmail, false, Roles.ATTENDEE);
        assertRuleKey(() -> onboarding.requestToJoin(company.businessNumber()), "company.error.emailUnverified");
        assertThat(onboarding.myState().emailVerified()).isFalse();

        asRequester();
        assertThatThrownBy(() -> onboarding.requestToJoin("123-45-67890")).isInstanceOfSatisfying(
                RuleException.class, e -> assertThat(e.fieldErrorKeys())
                        .isEqualTo(Map.of("businessNumber", "company.error.businessNumber.checkDigit")));
        assertThatThrownBy(() -> onboarding.requestToJoin(CompanyFixtures.freshBusinessNumber()))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.fieldErrorKeys())
                        .isEqualTo(Map.of("businessNumber", "company.error.join.noSuchCompany")));
        CompanyJoinRequest first = onboarding.requestToJoin(company.businessNumber());
        assertRuleKey(() -> onboarding.requestToJoin(company.businessNumber()), "company.error.join.pendingExists");
        assertRuleKey(() -> companies.register(CompanyFixtures.validForm("대기중 등록")),
                "company.error.join.pendingExists");
        onboarding.cancelMyJoinRequest(first.id());
        assertThat(onboarding.myState().state()).isEqualTo(CompanyAccessState.NONE);

        asManager();
        assertRuleKey(() -> onboarding.requestToJoin(company.businessNumber()), "company.error.alreadyMember");
        assertThat(members.pendingJoinRequests(company.id())).isEmpty();
    }

    @Test
    void joiningAPendingCompanyGrantsTheRoleOnlyAtVerification() {
        String pendingManager = "pending-manager-" + System.nanoTime();
        CompanyDetails pending = fixtures.register("검증전 " + System.nanoTime(), pendingManager, false, form -> { });
        asRequester();
        long id = onboarding.requestToJoin(pending.businessNumber()).id();
        TestUsers.signIn(pendingManager, Roles.COMPANY);
        members.approveJoinRequest(pending.id(), id);
        assertThat(events.stream(CompanyAccessGranted.class)).isEmpty();

        // without the company role, the member of a company not verified yet sees and corrects it
        asRequester();
        assertThat(onboarding.myState().state()).isEqualTo(CompanyAccessState.AWAITING_VERIFICATION);
        assertThat(companies.details(pending.id()).name()).isEqualTo(pending.name());
        assertThat(companies.myCompany()).isEmpty();

        TestUsers.signIn("official", Roles.OFFICIAL);
        directory.verify(pending.id(), companies.details(pending.id()).version());

        assertThat(events.stream(CompanyAccessGranted.class))
                .extracting(CompanyAccessGranted::subject, CompanyAccessGranted::companyId)
                .containsExactlyInAnyOrder(tuple(TestUsers.subjectOf(pendingManager), pending.id()),
                        tuple(TestUsers.subjectOf(requester), pending.id()));
    }

    @Test
    void removingAMemberEndsTheirAccessButTheLastManagerStays() {
        String token = fixtures.invite(company.id(), manager, requesterEmail);
        asRequester();
        invitations.accept(token);
        asManager();

        members.removeMember(company.id(), TestUsers.subjectOf(requester));

        assertThat(events.stream(CompanyAccessEnded.class))
                .extracting(CompanyAccessEnded::subject, CompanyAccessEnded::companyId)
                .containsExactly(tuple(TestUsers.subjectOf(requester), company.id()));
        assertThat(memberSubjects()).containsExactly(TestUsers.subjectOf(manager));
        assertThat(companies.history(company.id())).extracting(CompanyChange::field).contains("memberRemoved");
        assertRuleKey(() -> members.removeMember(company.id(), TestUsers.subjectOf(manager)),
                "company.error.member.lastManager");
        assertThat(events.stream(CompanyAccessEnded.class)).hasSize(1);
        asRequester();
        assertThat(onboarding.myState().state()).isEqualTo(CompanyAccessState.NONE);
    }

    @Test
    void aMemberWhoseRoleWasWithdrawnSeesThatAndNoCompanyData() {
        String token = fixtures.invite(company.id(), manager, requesterEmail);
        asRequester();
        invitations.accept(token);

        clock.moveBy(Duration.ofMinutes(11));

        MyCompanyState state = onboarding.myState();
        assertThat(state.state()).isEqualTo(CompanyAccessState.WITHDRAWN);
        assertThat(state.companyName()).isEqualTo(company.name());
        assertThat(state.mayOpenCompany()).isFalse();
        assertThatThrownBy(() -> companies.details(company.id())).isInstanceOf(CompanyNotFoundException.class);
        assertThatThrownBy(() -> members.members(company.id())).isInstanceOf(CompanyNotFoundException.class);
        assertThatThrownBy(() -> companies.history(company.id())).isInstanceOf(CompanyNotFoundException.class);
        assertThat(companies.findVisible(company.id())).isEmpty();
        assertThat(companies.myCompany()).isEmpty();
        // with the role (granted again in Keycloak) everything is back
        TestUsers.signInWithEmail(requester, requesterEmail, true, Roles.ATTENDEE, Roles.COMPANY);
        assertThat(onboarding.myState().state()).isEqualTo(CompanyAccessState.ACTIVE);
        assertThat(companies.details(company.id()).name()).isEqualTo(company.name());
    }

    private void asRequester() {
        TestUsers.signInWithEmail(requester, requesterEmail, true, Roles.ATTENDEE);
    }

    private void asManager() {
        TestUsers.signIn(manager, Roles.COMPANY);
    }

    private List<String> memberSubjects() {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            asManager();
            return members.members(company.id()).stream().map(CompanyMember::subject).toList();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void assertRuleKey(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
