package kr.innocluster.portal.securitylog.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.ui.AccessDeniedView;
import kr.innocluster.portal.security.TestUsers;
import kr.innocluster.portal.security.WithPortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Officials read the log on its screen; anyone else opening it is refused, and the refusal is itself recorded. */
@IntegrationTest
@ViewPackages(packages = "kr.innocluster.portal")
class SecurityLogViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithPortalUser(username = "official", name = "김정민", roles = "official")
    void anOfficialSeesTheLogNewestFirst() {
        navigate(SecurityLogView.class);

        Grid<?> grid = $(Grid.class).id("securitylog-grid");
        assertThat(grid).isNotNull();
        assertThat($(Span.class).id("securitylog-count").getText()).startsWith("기록 ");
    }

    @Test
    @WithPortalUser(username = "log-attendee", name = "윤하나", roles = "attendee")
    void anAttendeeOpeningTheLogIsRefusedAndTheRefusalIsRecorded() {
        navigate("security-log", AccessDeniedView.class);

        assertThat(jdbc.queryForList("select kind, target from security_log where account_id = ? order by id",
                TestUsers.subjectOf("log-attendee"))).last()
                .satisfies(row -> {
                    assertThat(row.get("kind")).isEqualTo("ACCESS_DENIED");
                    assertThat(row.get("target")).isEqualTo("view /security-log");
                });
    }
}
