package kr.innocluster.portal.notification;

import java.time.Instant;

/** One queued or sent mail, as officials see it in the mail log. */
public record MailRecord(long id, String recipient, String subject, String body, Instant createdAt, Instant sentAt,
                         int attempts, String lastError, int attachmentCount) {

    public boolean sent() {
        return sentAt != null;
    }
}
