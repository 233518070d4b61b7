package kr.innocluster.portal.securitylog;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The security log's own few database connections (same database, same account as the portal's pool), for the
 * entries written on their own while the caller may hold a connection of the portal's pool (see
 * {@link SecurityLogWriter}). Each is held for one INSERT, never while waiting for another connection, so the two
 * pools cannot starve each other. Not a {@code DataSource} bean: the portal's own pool stays the only one Spring
 * knows. Size: {@code portal.security-log.pool-size} (default 3); a connection is waited for as long as the portal's
 * pool waits ({@code spring.datasource.hikari.connection-timeout}).
 */
@Component
class SecurityLogConnections {

    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;

    SecurityLogConnections(DataSourceProperties database,
                           @Value("${portal.security-log.pool-size:3}") int size,
                           @Value("${spring.datasource.hikari.connection-timeout:10000}") long connectionTimeoutMs) {
        pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("security-log");
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(connectionTimeoutMs);
        pool.setValidationTimeout(1000);
        pool.addDataSourceProperty("connectTimeout", "2");
        jdbc = new JdbcTemplate(pool);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    @PreDestroy
    void close() {
        pool.close();
    }
}
