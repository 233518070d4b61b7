package kr.innocluster.portal.securitylog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import kr.innocluster.portal.account.AccountService;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.securitylog.domain.SecurityLogRecord;
import kr.innocluster.portal.securitylog.domain.SecurityLogRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security and privacy log: what other features report, and the search and export of officials and
 * administrators. Sign-ins and refused access are recorded by {@link SecurityEventRecorder} from Spring's events.
 */
@Service
public class SecurityLog {

    /** An export beyond this many entries is cut; narrow the period instead. */
    public static final int MAX_EXPORT = 100_000;
    private static final int EXPORT_BATCH = 1_000;

    private final SecurityLogWriter writer;
    private final SecurityLogRepository records;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final DisplayZone zone;

    SecurityLog(SecurityLogWriter writer, SecurityLogRepository records, CurrentUser currentUser,
                AccountService accounts, DisplayZone zone) {
        this.writer = writer;
        this.records = records;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.zone = zone;
    }

    /**
     * Records that the current user searched, opened or exported personal data: one call per search or detail view
     * (not per grid page), with what was looked at (list and search text, or the kind of record), the record's id
     * for a detail view, and how many data subjects it showed. Open to every caller because other features' services
     * call it after their own access checks; it only appends.
     */
    @PermitAll
    public void personalDataViewed(PersonalDataUse use, String description, String recordId, int subjects) {
        writer.append(currentAccount(), use.kind(), description, recordId, subjects);
    }

    /**
     * Records a role decision in the caller's transaction (written only if the decision commits). Called by the
     * identity feature's role grants, after their own checks.
     */
    @PermitAll
    public void roleChanged(String userId, String role, boolean granted) {
        writer.appendWithCaller(currentAccount(), granted ? SecurityEventKind.ROLE_GRANTED
                : SecurityEventKind.ROLE_REVOKED, role, userId, 1);
    }

    /** One page of the entries matching the filter, newest first. */
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SecurityLogEntry> search(SecurityLogFilter filter, Pageable pageable) {
        int size = Math.max(1, Math.min(pageable.getPageSize(), 500));
        return entries(records.findAll(specification(filter),
                PageRequest.of(pageable.getPageNumber(), size, SecurityLogRepository.NEWEST_FIRST)).getContent());
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long count(SecurityLogFilter filter) {
        return records.count(specification(filter));
    }

    /**
     * Every entry matching the filter, newest first (at most {@link #MAX_EXPORT}), for the Excel export; the export
     * itself is logged too, because the log holds account ids and addresses.
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Transactional(readOnly = true)
    public void forEachMatching(SecurityLogFilter filter, Consumer<SecurityLogEntry> consumer) {
        Specification<SecurityLogRecord> specification = specification(filter);
        int exported = 0;
        Set<String> accountsSeen = new HashSet<>();
        for (int page = 0; exported < MAX_EXPORT; page++) {
            List<SecurityLogRecord> rows = records.findAll(specification,
                    PageRequest.of(page, EXPORT_BATCH, SecurityLogRepository.NEWEST_FIRST)).getContent();
            for (SecurityLogEntry entry : entries(rows)) {
                if (exported++ < MAX_EXPORT) {
                    consumer.accept(entry);
                    if (entry.accountId() != null) {
                        accountsSeen.add(entry.accountId());
                    }
                }
            }
            if (rows.size() < EXPORT_BATCH) {
                break;
            }
        }
        writer.append(currentAccount(), SecurityEventKind.PERSONAL_DATA_EXPORT, "securitylog.export " + describe(filter),
                null, accountsSeen.size());
    }

    private List<SecurityLogEntry> entries(List<SecurityLogRecord> rows) {
        Set<String> ids = new HashSet<>();
        for (SecurityLogRecord row : rows) {
            if (row.getAccountId() != null) {
                ids.add(row.getAccountId());
            }
            if (row.getRecordId() != null) {
                ids.add(row.getRecordId()); // shown by username where it is an account (a person's record, a role)
            }
        }
        Map<String, String> names = ids.isEmpty() ? Map.of() : accounts.usernames(ids);
        return rows.stream().map(row -> new SecurityLogEntry(row.getId(), row.getOccurredAt(), row.getAccountId(),
                names.get(row.getAccountId()), row.getKind(), row.getTarget(), row.getRecordId(),
                names.get(row.getRecordId()), row.getSubjects(),
                row.getRemoteAddress())).toList();
    }

    private Specification<SecurityLogRecord> specification(SecurityLogFilter filter) {
        Instant from = filter.from() == null ? null : filter.from().atStartOfDay(zone.zoneId()).toInstant();
        Instant to = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone.zoneId()).toInstant();
        String account = blankToNull(filter.account());
        String accountId = account == null ? null : accounts.subjectOf(account).orElse(account);
        return SecurityLogRepository.matching(from, to, filter.kind(), accountId, blankToNull(filter.text()));
    }

    private static String describe(SecurityLogFilter filter) {
        StringBuilder text = new StringBuilder();
        append(text, "from", filter.from());
        append(text, "to", filter.to());
        append(text, "kind", filter.kind());
        append(text, "account", blankToNull(filter.account()));
        append(text, "text", blankToNull(filter.text()));
        return text.isEmpty() ? "(all)" : text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : " ").append(name).append('=').append(value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String currentAccount() {
        return currentUser.get().map(PortalUser::subject).orElse(null);
    }
}
