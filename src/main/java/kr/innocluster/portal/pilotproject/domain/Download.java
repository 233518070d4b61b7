package kr.innocluster.portal.pilotproject.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One download of a run data file: who and when. Stays after the terms are narrowed or withdrawn. */
@Entity
@Table(name = "pp_download")
public class Download {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String role;

    @Column(name = "downloaded_at", nullable = false)
    private Instant downloadedAt;

    protected Download() {
    }

    public Download(long fileId, long projectId, String subject, String name, String role, Instant downloadedAt) {
        this.fileId = fileId;
        this.projectId = projectId;
        this.subject = subject;
        this.name = name;
        this.role = role;
        this.downloadedAt = downloadedAt;
    }

    public long getFileId() {
        return fileId;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public Instant getDownloadedAt() {
        return downloadedAt;
    }
}
