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
import kr.innocluster.portal.pilotproject.RunFileFormat;

/** A run data file kept in the file storage (outside the web root), with its SHA-256 checksum. */
@Entity
@Table(name = "pp_run_file")
public class RunFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunFileFormat format;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    @Column(name = "uploaded_by_name", nullable = false)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected RunFile() {
    }

    @SuppressWarnings("java:S107")
    public RunFile(long runId, long projectId, String fileName, RunFileFormat format, long sizeBytes, String sha256,
                   String storageKey, String uploadedByName, Instant uploadedAt) {
        this.runId = runId;
        this.projectId = projectId;
        this.fileName = fileName;
        this.format = format;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getFileName() {
        return fileName;
    }

    public RunFileFormat getFormat() {
        return format;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getUploadedByName() {
        return uploadedByName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
