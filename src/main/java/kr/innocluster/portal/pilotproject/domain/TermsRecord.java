package kr.innocluster.portal.pilotproject.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.innocluster.portal.pilotproject.DataScope;

/** One agreement, narrowing or withdrawal of a project's data terms; never changed afterwards. */
@Entity
@Table(name = "pp_terms_record")
public class TermsRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_scope", nullable = false)
    private DataScope dataScope;

    @Column(name = "publish_verification", nullable = false)
    private boolean publishVerification;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(name = "terms_version", nullable = false)
    private String termsVersion;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_by_name", nullable = false)
    private String changedByName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TermsRecord() {
    }

    @SuppressWarnings("java:S107")
    public TermsRecord(long projectId, DataScope dataScope, boolean publishVerification, boolean withdrawn,
                       String termsVersion, String changedBy, String changedByName, Instant changedAt) {
        this.projectId = projectId;
        this.dataScope = dataScope;
        this.publishVerification = publishVerification;
        this.withdrawn = withdrawn;
        this.termsVersion = termsVersion;
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.changedAt = changedAt;
    }

    public DataScope getDataScope() {
        return dataScope;
    }

    public boolean isPublishVerification() {
        return publishVerification;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public String getChangedByName() {
        return changedByName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
