package kr.innocluster.portal.notification;

import java.util.ArrayList;
import java.util.List;

/** A plain-text mail (UTF-8) with optional attachments, e.g. an .ics calendar file or a PDF certificate. */
public record OutgoingMail(String to, String subject, String body, List<MailAttachment> attachments) {

    public OutgoingMail {
        attachments = List.copyOf(attachments);
    }

    public static OutgoingMail of(String to, String subject, String body) {
        return new OutgoingMail(to, subject, body, List.of());
    }

    public OutgoingMail with(MailAttachment attachment) {
        List<MailAttachment> more = new ArrayList<>(attachments);
        more.add(attachment);
        return new OutgoingMail(to, subject, body, more);
    }

    public record MailAttachment(String fileName, String contentType, byte[] content) {
    }
}
