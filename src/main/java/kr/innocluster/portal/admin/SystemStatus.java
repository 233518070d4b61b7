package kr.innocluster.portal.admin;

import java.time.Duration;
import java.time.Instant;

/** Technical facts an administrator checks first when something looks wrong. */
public record SystemStatus(String portalVersion, String javaVersion, String databaseVersion, String schemaVersion,
                           long accounts, Instant startedAt, Duration uptime, String identityProvider) {
}
