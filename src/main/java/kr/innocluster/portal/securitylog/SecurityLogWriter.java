package kr.innocluster.portal.securitylog;

import com.vaadin.flow.server.VaadinRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import kr.innocluster.portal.securitylog.domain.SecurityLogRecord;
import kr.innocluster.portal.securitylog.domain.SecurityLogRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends entries. Most are written on their own, committed at once: a refused call rolls its caller back, and views
 * of personal data happen inside read-only transactions, yet both must be recorded. Role decisions are written with
 * the decision, so a decision that rolls back leaves no entry.
 * <p>
 * The entries written on their own go through {@link SecurityLogConnections}, a few connections of their own. They
 * used to be a second transaction (REQUIRES_NEW) on the portal's pool while the caller's transaction held its
 * connection: under load (issue 14) ten officials searching companies at once held all ten connections and each
 * waited for an eleventh to write the log, so every request of the portal waited 10 s for a connection.
 */
@Component
class SecurityLogWriter {

    private static final String INSERT = "insert into security_log "
            + "(occurred_at, account_id, kind, target, record_id, subjects, remote_address) values (?, ?, ?, ?, ?, ?, ?)";

    private final SecurityLogRepository records;
    private final SecurityLogConnections own;
    private final TransactionTemplate callersTransaction;
    private final Clock clock;

    SecurityLogWriter(SecurityLogRepository records, SecurityLogConnections own, PlatformTransactionManager transactions,
                      Clock clock) {
        this.records = records;
        this.own = own;
        this.clock = clock;
        this.callersTransaction = new TransactionTemplate(transactions);
        this.callersTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_MANDATORY);
    }

    void append(String accountId, SecurityEventKind kind, String target, String recordId, Integer subjects) {
        SecurityLogRecord record = record(accountId, kind, target, recordId, subjects);
        own.jdbc().update(INSERT, OffsetDateTime.ofInstant(record.getOccurredAt(), ZoneOffset.UTC), record.getAccountId(), record.getKind().name(),
                record.getTarget(), record.getRecordId(), record.getSubjects(), record.getRemoteAddress());
    }

    void appendWithCaller(String accountId, SecurityEventKind kind, String target, String recordId, Integer subjects) {
        SecurityLogRecord record = record(accountId, kind, target, recordId, subjects);
        callersTransaction.executeWithoutResult(status -> records.save(record));
    }

    private SecurityLogRecord record(String accountId, SecurityEventKind kind, String target, String recordId,
                                     Integer subjects) {
        return new SecurityLogRecord(clock.instant(), accountId, kind, target, recordId, subjects, remoteAddress());
    }

    /** Where the request came from (behind the proxy, as forwarded), or null outside a request. */
    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
