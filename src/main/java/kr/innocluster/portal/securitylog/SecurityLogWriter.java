package kr.innocluster.portal.securitylog;

import com.vaadin.flow.server.VaadinRequest;
import java.time.Clock;
import kr.innocluster.portal.securitylog.domain.SecurityLogRecord;
import kr.innocluster.portal.securitylog.domain.SecurityLogRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends entries. Most are written in a transaction of their own: a refused call rolls its caller back, and views of
 * personal data happen inside read-only transactions, yet both must be recorded. Role decisions are written with the
 * decision, so a decision that rolls back leaves no entry.
 */
@Component
class SecurityLogWriter {

    private final SecurityLogRepository records;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate callersTransaction;
    private final Clock clock;

    SecurityLogWriter(SecurityLogRepository records, PlatformTransactionManager transactions, Clock clock) {
        this.records = records;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.callersTransaction = new TransactionTemplate(transactions);
        this.callersTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_MANDATORY);
    }

    void append(String accountId, SecurityEventKind kind, String target, String recordId, Integer subjects) {
        SecurityLogRecord record = record(accountId, kind, target, recordId, subjects);
        ownTransaction.executeWithoutResult(status -> records.save(record));
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
