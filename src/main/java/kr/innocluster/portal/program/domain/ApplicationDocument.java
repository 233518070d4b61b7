package kr.innocluster.portal.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded file: its bytes are in the document store under {@code storageKey}, never in the web root. */
@Entity
@Table(name = "application_document")
public class ApplicationDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    private String requirement;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "file_type")
    private String fileType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Column(name = "storage_key")
    private String storageKey;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected ApplicationDocument() {
    }

    ApplicationDocument(GrantApplication application, String requirement, String fileName, String fileType,
                        long sizeBytes, String storageKey, Instant uploadedAt) {
        this.application = application;
        this.requirement = requirement;
        this.fileName = fileName;
        this.fileType = fileType;
        this.sizeBytes = sizeBytes;
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public String getRequirement() {
        return requirement;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileType() {
        return fileType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
