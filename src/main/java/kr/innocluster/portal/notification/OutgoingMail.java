package kr.innocluster.portal.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text mail (UTF-8) with optional attachments, e.g. an .ics calendar file or a PDF certificate.
 * {@code personalDataRef} names the personal data the mail copies (e.g. {@code seminar:42}): when that data's
 * retention ends, {@link PersonalDataExpired} with the same reference removes the stored mail too.
 */
public record OutgoingMail(String to, String subject, String body, List<MailAttachment> attachments,
                           String personalDataRef) {

    public OutgoingMail {
        attachments = List.copyOf(attachments);
    }

    public OutgoingMail(String to, String subject, String body, List<MailAttachment> attachments) {
        this(to, subject, body, attachments, null);
    }

    public static OutgoingMail of(String to, String subject, String body) {
        return new OutgoingMail(to, subject, body, List.of(), null);
    }

    public OutgoingMail with(MailAttachment attachment) {
        List<MailAttachment> more = new ArrayList<>(attachments);
        more.add(attachment);
        return new OutgoingMail(to, subject, body, more, personalDataRef);
    }

    /** Marks the mail as a copy of the personal data known under {@code reference} (see the class comment). */
    public OutgoingMail about(String reference) {
        return new OutgoingMail(to, subject, body, attachments, reference);
    }

    public record MailAttachment(String fileName, String contentType, byte[] content) {
    }
}
