package kr.innocluster.portal.identity.domain;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** How far the portal has read Keycloak's admin events (one row). */
@Repository
public class ConsoleCursorRepository {

    private final JdbcTemplate jdbc;

    ConsoleCursorRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> lastEventTime() {
        return jdbc.query("select last_event_time from identity_console_cursor where id = 1",
                (rs, n) -> rs.getLong(1)).stream().findFirst();
    }

    public void moveTo(long eventTime) {
        jdbc.update("""
                insert into identity_console_cursor (id, last_event_time) values (1, ?)
                on conflict (id) do update set last_event_time = greatest(identity_console_cursor.last_event_time,
                                                                         excluded.last_event_time)
                """, eventTime);
    }
}
