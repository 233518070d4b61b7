package kr.innocluster.portal.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "portal_notice")
public class PortalNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_subject", nullable = false)
    private String recipientSubject;

    @Column(nullable = false)
    private String title;

    private String body;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "personal_data_ref")
    private String personalDataRef;

    protected PortalNotice() {
    }

    public PortalNotice(String recipientSubject, String title, String body, String link, Instant now) {
        this.recipientSubject = recipientSubject;
        this.title = title;
        this.body = body;
        this.link = link;
        this.createdAt = now;
    }

    public PortalNotice about(String reference) {
        this.personalDataRef = reference;
        return this;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipientSubject() {
        return recipientSubject;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
