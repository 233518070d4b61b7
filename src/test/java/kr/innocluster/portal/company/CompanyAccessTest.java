package kr.innocluster.portal.company;

import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.TestUsers;
import kr.innocluster.portal.security.WithPortalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import static kr.innocluster.portal.company.CompanyFixtures.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The access rules of the issue, each enforced by the services whatever the UI shows. */
@IntegrationTest
class CompanyAccessTest {

    private static final long NO_SUCH_COMPANY = 987_654_321L;

    @Autowired
    CompanyService companies;

    @Autowired
    CompanyMemberService members;

    @Autowired
    CompanyInvitationService invitations;

    @Autowired
    CompanyDirectoryService directory;

    @Autowired
    CompanyFixtures fixtures;

    long hanbit;
    long saebyeol;

    @BeforeEach
    void findTheDemoCompanies() {
        SecurityContext testUser = SecurityContextHolder.getContext();
        TestUsers.signIn("company", "company");
        hanbit = companies.myCompany().orElseThrow().id();
        TestUsers.signIn("company2", "company");
        saebyeol = companies.myCompany().orElseThrow().id();
        SecurityContextHolder.setContext(testUser);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    @WithPortalUser(username = "company", roles = "company")
    void companyReadingCompany2sCompanyByIdIsRefusedLikeAMissingOne() {
        assertThat(companies.details(hanbit).name()).isEqualTo("한빛정밀 주식회사");

        assertRefusedAsNotFound(() -> companies.details(saebyeol));
        assertRefusedAsNotFound(() -> companies.details(NO_SUCH_COMPANY));
        assertRefusedAsNotFound(() -> companies.history(saebyeol));
        assertRefusedAsNotFound(() -> members.members(saebyeol));
        assertRefusedAsNotFound(() -> invitations.invitations(saebyeol));
        assertRefusedAsNotFound(() -> invitations.invite(saebyeol, "spy@example.com"));
        assertRefusedAsNotFound(() -> members.pendingJoinRequests(saebyeol));
        assertRefusedAsNotFound(() -> members.removeMember(saebyeol, DemoUsers.COMPANY2));
        assertRefusedAsNotFound(() -> companies.update(saebyeol, 0, validForm("탈취")));
        assertThat(companies.findVisible(saebyeol)).isEmpty();
        assertThat(companies.findVisible(NO_SUCH_COMPANY)).isEmpty();
        assertThat(companies.findVisible(hanbit)).isPresent();
        assertThat(companies.isManagedByCurrentUser(saebyeol)).isFalse();
    }

    @Test
    @WithPortalUser(username = "official", roles = "official")
    void anOfficialSeesEveryCompany() {
        assertThat(companies.details(saebyeol).name()).isEqualTo("새별로보틱스 주식회사");
        assertThat(companies.findVisible(hanbit)).isPresent();
        assertThat(members.members(hanbit)).extracting(CompanyMember::subject).containsExactly(DemoUsers.COMPANY);
        assertThat(directory.count(CompanyFilter.any())).isGreaterThanOrEqualTo(40);
        assertRefusedAsNotFound(() -> companies.details(NO_SUCH_COMPANY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reviewer", "operator", "attendee", "admin"})
    void otherRolesSeeNoCompanyListAndNoCompany(String role) {
        TestUsers.signIn(role, role);

        assertThatThrownBy(() -> directory.search(CompanyFilter.any(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.count(CompanyFilter.any())).isInstanceOf(AccessDeniedException.class);
        assertRefusedAsNotFound(() -> companies.details(hanbit));
        assertRefusedAsNotFound(() -> members.members(hanbit));
        assertThat(companies.findVisible(hanbit)).isEmpty();
        assertThat(companies.myCompany()).isEmpty();
    }

    @Test
    @WithPortalUser(username = "company", roles = "company")
    void onlyOfficialsVerifyRejectSuspendOrExport() {
        long version = companies.details(hanbit).version();

        assertThatThrownBy(() -> directory.verify(hanbit, version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.reject(hanbit, version, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.suspend(hanbit, version, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.forEachMatching(CompanyFilter.any(), Sort.unsorted(), item -> { }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.search(CompanyFilter.any(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(companies.details(hanbit).status()).isEqualTo(CompanyStatus.VERIFIED);
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> companies.findVisible(hanbit)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> directory.count(CompanyFilter.any())).isInstanceOf(RuntimeException.class);
    }

    @Test
    @WithPortalUser(username = "manager-of-invites", name = "배관리", roles = "company")
    void theManagerInvitesAColleagueWhoJoinsByAcceptingTheMailedLinkAndCanBeRemoved() {
        SecurityContext manager = SecurityContextHolder.getContext();
        CompanyDetails company = companies.register(validForm("초대테스트 " + System.nanoTime()));
        String address = "invited-colleague-" + System.nanoTime() + "@test.example";
        String token = fixtures.invite(company.id(), "manager-of-invites", address);
        assertThatThrownBy(() -> invitations.invite(company.id(), address.toUpperCase()))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.fieldErrorKeys()).containsEntry("email", "company.error.invite.duplicate"));

        // signing in with the invited address joins nobody: only accepting the link does
        TestUsers.signInWithEmail("invited-colleague", address, true, "company");
        assertThat(companies.myCompany()).isEmpty();
        assertThat(invitations.accept(token).id()).isEqualTo(company.id());
        assertThat(companies.myCompany()).map(CompanySummary::id).contains(company.id());
        assertThat(companies.isManagedByCurrentUser(company.id())).isFalse();
        assertThatThrownBy(() -> invitations.invite(company.id(), "third@test.example"))
                .isInstanceOf(AccessDeniedException.class);

        SecurityContextHolder.setContext(manager);
        assertThat(invitations.invitations(company.id())).isEmpty();
        String colleague = TestUsers.subjectOf("invited-colleague");
        members.removeMember(company.id(), colleague);
        assertThat(members.members(company.id())).extracting(CompanyMember::displayName).containsExactly("배관리");
        assertThat(companies.history(company.id())).extracting(CompanyChange::field)
                .contains("memberInvited", "memberJoined", "memberRemoved");
    }

    private static void assertRefusedAsNotFound(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(CompanyNotFoundException.class)
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("company.error.notFound"));
    }
}
