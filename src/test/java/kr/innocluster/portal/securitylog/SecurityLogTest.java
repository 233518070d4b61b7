package kr.innocluster.portal.securitylog;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.admin.SystemStatusService;
import kr.innocluster.portal.identity.RoleGrants;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of entry is written by the real code paths, and the database itself keeps the log append-only: UPDATE,
 * DELETE and TRUNCATE are refused, except the retention job's removal of entries older than two years.
 */
@IntegrationTest
class SecurityLogTest {

    @Autowired
    SecurityLog securityLog;
    @Autowired
    SecurityLogRetention retention;
    @Autowired
    RoleGrants roleGrants;
    @Autowired
    SystemStatusService systemStatus;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    HikariDataSource portalPool;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aSignInThroughKeycloakIsRecorded() {
        String username = "signin-" + UUID.randomUUID();
        Authentication signedIn = TestUsers.context(username, "", "", Roles.ATTENDEE).getAuthentication();

        events.publishEvent(new AuthenticationSuccessEvent(signedIn));

        assertThat(entriesOf(TestUsers.subjectOf(username)))
                .containsExactly(Map.of("kind", "SIGN_IN", "target", "keycloak"));
    }

    @Test
    void aRefusedServiceCallIsRecordedWithWhoTriedWhat() {
        String username = "curious-" + UUID.randomUUID();
        TestUsers.signIn(username, Roles.OFFICIAL);

        assertThatThrownBy(systemStatus::status).isInstanceOf(AccessDeniedException.class);

        assertThat(entriesOf(TestUsers.subjectOf(username)))
                .containsExactly(Map.of("kind", "ACCESS_DENIED", "target", "method SystemStatusService.status"));
    }

    @Test
    void roleGrantsAndRevocationsAreRecordedWithTheDecision() {
        String person = UUID.randomUUID().toString();
        TestUsers.signIn("admin", Roles.ADMIN);

        roleGrants.grant(person, "someone", Roles.REVIEWER, "평가위원 위촉");
        roleGrants.revoke(person, "someone", Roles.REVIEWER, "위촉 종료");

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select account_id, kind, target, subjects from security_log where record_id = ? order by id", person);
        assertThat(rows).extracting(r -> r.get("kind")).containsExactly("ROLE_GRANTED", "ROLE_REVOKED");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("account_id")).isEqualTo(DemoUsers.ADMIN);
            assertThat(r.get("target")).isEqualTo(Roles.REVIEWER);
            assertThat(r.get("subjects")).isEqualTo(1);
        });
    }

    @Test
    void viewsAndExportsOfPersonalDataAreRecordedAlsoFromReadOnlyTransactions() {
        String username = "viewer-" + UUID.randomUUID();
        TestUsers.signIn(username, Roles.OFFICIAL);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> {
            securityLog.personalDataViewed(PersonalDataUse.SEARCH, "companies search=한빛", null, 12);
            securityLog.personalDataViewed(PersonalDataUse.DETAIL, "company", "42", 1);
            securityLog.personalDataViewed(PersonalDataUse.EXPORT, "seminar attendees xlsx", "7", 87);
        });

        assertThat(jdbc.queryForList("select kind, target, record_id, subjects, remote_address from security_log "
                + "where account_id = ? order by id", TestUsers.subjectOf(username)))
                .extracting(r -> r.get("kind") + "|" + r.get("target") + "|" + r.get("record_id") + "|"
                        + r.get("subjects"))
                .containsExactly("PERSONAL_DATA_SEARCH|companies search=한빛|null|12",
                        "PERSONAL_DATA_DETAIL|company|42|1", "PERSONAL_DATA_EXPORT|seminar attendees xlsx|7|87");
    }

    /**
     * Issue 14: as many officials viewing personal data at once as the portal has connections. Each view holds one
     * connection of the portal's pool for its read-only transaction; the entry must not need another one from the
     * same pool (with REQUIRES_NEW on that pool, every view waited for the connection timeout and then failed).
     */
    @Test
    void aViewIsRecordedWhileEveryOtherConnectionOfThePortalIsInUse() throws Exception {
        String username = "busy-" + UUID.randomUUID();
        TestUsers.signIn(username, Roles.OFFICIAL);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 1; i < portalPool.getMaximumPoolSize(); i++) {
                held.add(portalPool.getConnection()); // all but one: the view below takes the last one
            }
            TransactionTemplate readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);
            readOnly.executeWithoutResult(status ->
                    securityLog.personalDataViewed(PersonalDataUse.SEARCH, "companies search=동시", null, 5));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(entriesOf(TestUsers.subjectOf(username)))
                .containsExactly(Map.of("kind", "PERSONAL_DATA_SEARCH", "target", "companies search=동시"));
    }

    @Test
    void officialsFindEntriesByAccountAndKindAndTheirExportIsRecordedToo() {
        String username = "searched-" + UUID.randomUUID();
        TestUsers.signIn(username, Roles.OFFICIAL);
        securityLog.personalDataViewed(PersonalDataUse.SEARCH, "companies search=새별", null, 3);
        TestUsers.signIn("official", Roles.OFFICIAL);

        SecurityLogFilter filter = new SecurityLogFilter(null, null, SecurityEventKind.PERSONAL_DATA_SEARCH,
                TestUsers.subjectOf(username), null);
        List<SecurityLogEntry> found = securityLog.search(filter, PageRequest.of(0, 50));
        List<SecurityLogEntry> exported = new java.util.ArrayList<>();
        securityLog.forEachMatching(filter, exported::add);

        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.target()).isEqualTo("companies search=새별");
            assertThat(e.subjects()).isEqualTo(3);
        });
        assertThat(securityLog.count(filter)).isEqualTo(1);
        assertThat(exported).hasSize(1);
        assertThat(entriesOf(DemoUsers.OFFICIAL)).last().isEqualTo(Map.of("kind", "PERSONAL_DATA_EXPORT",
                "target", "securitylog.export kind=PERSONAL_DATA_SEARCH account=" + TestUsers.subjectOf(username)));
    }

    @Test
    void onlyOfficialsAndAdministratorsReadTheLog() {
        TestUsers.signIn("company", Roles.COMPANY);

        assertThatThrownBy(() -> securityLog.count(SecurityLogFilter.any())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncate() {
        String account = "tamper-" + UUID.randomUUID();
        jdbc.update("insert into security_log (occurred_at, account_id, kind, target) values (now(), ?, 'SIGN_IN', 'x')",
                account);

        assertThatThrownBy(() -> jdbc.update("update security_log set target = 'changed' where account_id = ?", account))
                .hasStackTraceContaining("security_log is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("delete from security_log where account_id = ?", account))
                .hasStackTraceContaining("security_log is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.execute("truncate security_log"))
                .hasStackTraceContaining("security_log is append-only: TRUNCATE refused");
        // not even with the retention job's setting: the entry is younger than two years
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.execute("set local portal.security_log.retention = 'on'");
            jdbc.update("delete from security_log where account_id = ?", account);
        })).hasStackTraceContaining("security_log is append-only: DELETE refused");

        assertThat(jdbc.queryForObject("select target from security_log where account_id = ?", String.class, account))
                .isEqualTo("x");
    }

    @Test
    void onlyTheRetentionJobRemovesEntriesOlderThanTwoYears() {
        String account = "aged-" + UUID.randomUUID();
        jdbc.update("insert into security_log (occurred_at, account_id, kind, target) values "
                + "(now() - interval '2 years 1 day', ?, 'SIGN_IN', 'old'), "
                + "(now() - interval '1 year 11 months', ?, 'SIGN_IN', 'recent')", account, account);
        assertThatThrownBy(() -> jdbc.update("delete from security_log where account_id = ? and target = 'old'",
                account)).hasStackTraceContaining("append-only");

        assertThat(retention.removeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select target from security_log where account_id = ?", String.class, account))
                .containsExactly("recent");
    }

    private List<Map<String, Object>> entriesOf(String accountId) {
        return jdbc.queryForList("select kind, target from security_log where account_id = ? order by id", accountId);
    }
}
