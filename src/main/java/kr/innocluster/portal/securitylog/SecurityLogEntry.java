package kr.innocluster.portal.securitylog;

import java.time.Instant;

/**
 * One entry as the log screen shows it. {@code accountName} and {@code recordName} are looked up when shown (the log
 * itself keeps ids only) and are null for accounts the portal does not know.
 */
public record SecurityLogEntry(long id, Instant occurredAt, String accountId, String accountName,
                               SecurityEventKind kind, String target, String recordId, String recordName,
                               Integer subjects, String remoteAddress) {
}
