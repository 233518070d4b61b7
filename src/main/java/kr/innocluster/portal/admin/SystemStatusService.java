package kr.innocluster.portal.admin;

import jakarta.annotation.security.RolesAllowed;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kr.innocluster.portal.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only technical status for the {@code admin} role; user and role management stays in Keycloak. */
@Service
@RolesAllowed(Roles.ADMIN)
public class SystemStatusService {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String issuerUri;
    private final ObjectProvider<BuildProperties> buildProperties;

    SystemStatusService(JdbcTemplate jdbc, Clock clock, ObjectProvider<BuildProperties> buildProperties,
                        @Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri}") String issuerUri) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.buildProperties = buildProperties;
        this.issuerUri = issuerUri;
    }

    @Transactional(readOnly = true)
    public SystemStatus status() {
        Instant startedAt = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        String databaseVersion = jdbc.queryForObject("show server_version", String.class);
        String schemaVersion = jdbc.queryForObject(
                "select version from flyway_schema_history where success order by installed_rank desc limit 1",
                String.class);
        Long accounts = jdbc.queryForObject("select count(*) from portal_user", Long.class);
        BuildProperties build = buildProperties.getIfAvailable();
        return new SystemStatus(build == null ? "dev" : build.getVersion(), Runtime.version().toString(),
                "PostgreSQL " + databaseVersion, schemaVersion, accounts == null ? 0 : accounts, startedAt,
                Duration.between(startedAt, clock.instant()), issuerUri);
    }
}
