package kr.innocluster.portal.notification.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "outbound_mail")
public class OutboundMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "personal_data_ref")
    private String personalDataRef;

    @OneToMany(mappedBy = "mail", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OutboundMailAttachment> attachments = new ArrayList<>();

    protected OutboundMail() {
    }

    public OutboundMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public OutboundMail about(String reference) {
        this.personalDataRef = reference;
        return this;
    }

    public void attach(String fileName, String contentType, byte[] content) {
        attachments.add(new OutboundMailAttachment(this, fileName, contentType, content));
    }

    public void markSent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** Waits longer after each failure: 1, 2, 4 ... minutes, at most an hour. */
    public void markFailed(String error, Instant now) {
        markFailed(error, now, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    /** The SMTP server did not take it: try again after a back-off that doubles up to {@code maxBackoff}. */
    public void markFailed(String error, Instant now, Duration firstBackoff, Duration maxBackoff) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 16));
        nextAttemptAt = now.plus(backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public List<OutboundMailAttachment> getAttachments() {
        return attachments;
    }
}
