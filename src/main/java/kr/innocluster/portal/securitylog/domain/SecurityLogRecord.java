package kr.innocluster.portal.securitylog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.innocluster.portal.securitylog.SecurityEventKind;
import org.hibernate.annotations.Immutable;

/** One entry of the append-only log (the database refuses changes; Hibernate never tries). */
@Entity
@Immutable
@Table(name = "security_log")
public class SecurityLogRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "account_id")
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SecurityEventKind kind;

    private String target;

    @Column(name = "record_id")
    private String recordId;

    private Integer subjects;

    @Column(name = "remote_address")
    private String remoteAddress;

    protected SecurityLogRecord() {
    }

    public SecurityLogRecord(Instant occurredAt, String accountId, SecurityEventKind kind, String target,
                             String recordId, Integer subjects, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.accountId = accountId;
        this.kind = kind;
        this.target = clip(target, 500);
        this.recordId = clip(recordId, 100);
        this.subjects = subjects;
        this.remoteAddress = clip(remoteAddress, 64);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAccountId() {
        return accountId;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getTarget() {
        return target;
    }

    public String getRecordId() {
        return recordId;
    }

    public Integer getSubjects() {
        return subjects;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
