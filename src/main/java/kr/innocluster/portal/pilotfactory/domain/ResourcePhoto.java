package kr.innocluster.portal.pilotfactory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The photo of a resource: a file in the portal's file storage under {@code storageKey}, with the image type detected
 * from its content. Rows from before V42 may still hold the bytes themselves ({@code content}, storage key null)
 * until they are moved at start-up.
 */
@Entity
@Table(name = "pf_resource_photo")
public class ResourcePhoto {

    @Id
    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "storage_key", length = 32)
    private String storageKey;

    private byte[] content;

    protected ResourcePhoto() {
    }

    public ResourcePhoto(long resourceId, String contentType, String storageKey) {
        this.resourceId = resourceId;
        this.contentType = contentType;
        this.storageKey = storageKey;
    }

    /** Points to another stored file; returns the key of the file it pointed to before (null if none). */
    public String replace(String contentType, String storageKey) {
        String previous = this.storageKey;
        this.contentType = contentType;
        this.storageKey = storageKey;
        this.content = null;
        return previous;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public String getContentType() {
        return contentType;
    }

    public String getStorageKey() {
        return storageKey;
    }

    /** The bytes of a photo stored before V42 and not yet moved into the file storage; null otherwise. */
    public byte[] getLegacyContent() {
        return content;
    }
}
