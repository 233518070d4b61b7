package kr.innocluster.portal.securitylog;

import java.time.Instant;

/**
 * One entry as the log screen shows it. {@code accountName} and {@code recordName} are usernames looked up when shown
 * (the log itself keeps ids only); null where the id is no account the portal knows (a company's record id, say).
 */
public record SecurityLogEntry(long id, Instant occurredAt, String accountId, String accountName,
                               SecurityEventKind kind, String target, String recordId, String recordName,
                               Integer subjects, String remoteAddress) {
}
