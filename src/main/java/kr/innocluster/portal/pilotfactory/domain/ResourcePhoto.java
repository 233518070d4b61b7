package kr.innocluster.portal.pilotfactory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "pf_resource_photo")
public class ResourcePhoto {

    @Id
    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    protected ResourcePhoto() {
    }

    public ResourcePhoto(long resourceId, String contentType, byte[] content) {
        this.resourceId = resourceId;
        this.contentType = contentType;
        this.content = content;
    }

    public void replace(String contentType, byte[] content) {
        this.contentType = contentType;
        this.content = content;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }
}
