package kr.innocluster.portal.identity;

import java.util.List;
import java.util.UUID;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.localstack.KeycloakConsole;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.RoleChangeStamps;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The administrators' users-and-roles service against the real Keycloak: people are found there, a grant or
 * revocation is recorded with its reason and reaches Keycloak through the outbox, and the person is stamped so their
 * open sessions refresh.
 */
@IntegrationTest
class IdentityServiceTest {

    @Autowired
    IdentityService identity;
    @Autowired
    RoleChangeStamps stamps;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConsoleChangeWatch watch;

    private final KeycloakConsole console = KeycloakConsole.ofTestStack();
    private String username;
    private String userId;

    @BeforeEach
    void aPersonInKeycloak() {
        username = "idsvc-" + UUID.randomUUID().toString().substring(0, 8);
        userId = console.createUser(username, "지아", "문");
        TestUsers.signIn("admin", Roles.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anAdministratorFindsAPersonAndTheSearchIsLogged() {
        List<Person> found = identity.findPeople(username, null, 0, 20);

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(userId);
            assertThat(p.displayName()).isEqualTo("문지아");
            assertThat(p.emailVerified()).isTrue();
        });
        assertThat(jdbc.queryForObject("select count(*) from security_log where account_id = ? and kind = "
                + "'PERSONAL_DATA_SEARCH' and target like ?", Integer.class, DemoUsers.ADMIN, "%" + username + "%"))
                .isEqualTo(1);
        assertThat(identity.findPeople(null, Roles.OFFICIAL, 0, 50)).extracting(Person::username).contains("official");
    }

    @Test
    void aGrantReachesKeycloakRightAfterTheDecisionAndStampsThePerson() {
        Person person = identity.findPeople(username, null, 0, 1).getFirst();

        RoleChange change = identity.grantStaffRole(person, Roles.OPERATOR, "실증팩토리 야간 운영 지원");

        assertThat(console.realmRoles(userId)).contains(Roles.OPERATOR);
        assertThat(stamps.lastChangeOf(userId)).isPresent();
        PersonDetails details = identity.person(userId);
        assertThat(details.roles()).contains(Roles.OPERATOR, Roles.ATTENDEE);
        assertThat(details.directRoles()).contains(Roles.OPERATOR);
        assertThat(details.history()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(change.id());
            assertThat(c.grant()).isTrue();
            assertThat(c.reason()).isEqualTo("실증팩토리 야간 운영 지원");
            assertThat(c.decidedByUsername()).isEqualTo("admin");
            assertThat(c.state()).isEqualTo(RoleChangeState.APPLIED);
        });

        identity.revokeStaffRole(person, Roles.OPERATOR, "지원 기간 종료");

        assertThat(console.realmRoles(userId)).doesNotContain(Roles.OPERATOR);
        assertThat(identity.latestRoleChanges(10)).extracting(RoleChange::reason)
                .startsWith("지원 기간 종료", "실증팩토리 야간 운영 지원");
    }

    @Test
    void refusalsSayWhyAndChangeNothing() {
        Person person = identity.findPeople(username, null, 0, 1).getFirst();

        assertThatThrownBy(() -> identity.grantStaffRole(person, Roles.REVIEWER, "  "))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.fieldErrorKeys()).containsEntry("reason", "identity.reason.required"));
        assertThatThrownBy(() -> identity.grantStaffRole(person, Roles.COMPANY, "회사 등록"))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("identity.refused.notStaff"));
        assertThatThrownBy(() -> identity.revokeStaffRole(person, Roles.REVIEWER, "없는 역할"))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("identity.refused.notHeld"));
        Person me = new Person(DemoUsers.ADMIN, "admin", "태호", "강", null, true, true);
        assertThatThrownBy(() -> identity.revokeStaffRole(me, Roles.ADMIN, "실수"))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("identity.refused.ownAdmin"));

        assertThat(identity.person(userId).history()).isEmpty();
        assertThat(console.realmRoles(userId)).doesNotContain(Roles.REVIEWER, Roles.COMPANY);
    }

    @Test
    void aRoleChangedInTheConsoleStampsThePersonThroughKeycloaksAdminEvents() {
        watch.look(); // creating the person in the console was an admin event too
        java.time.Instant before = stamps.lastChangeOf(userId).orElse(java.time.Instant.EPOCH);

        console.grantRealmRole(userId, Roles.REVIEWER);
        watch.look();

        assertThat(stamps.lastChangeOf(userId)).hasValueSatisfying(stamp -> assertThat(stamp).isAfter(before));
        assertThat(ConsoleChangeWatch.userOf("users/" + userId + "/role-mappings/realm")).contains(userId);
        assertThat(ConsoleChangeWatch.userOf("clients/abc")).isEmpty();
    }

    @Test
    void onlyAdministratorsManageRoles() {
        Person person = new Person(userId, username, "지아", "문", null, true, true);
        TestUsers.signIn("official", Roles.OFFICIAL);

        assertThatThrownBy(() -> identity.grantStaffRole(person, Roles.OFFICIAL, "스스로"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> identity.findPeople(username, null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
