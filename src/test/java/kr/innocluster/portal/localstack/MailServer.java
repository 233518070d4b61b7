package kr.innocluster.portal.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An in-process SMTP server (GreenMail): mail really travels over SMTP and can be read back. */
public final class MailServer implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static MailServer start(int port) {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new MailServer(greenMail);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    /** The first mail to {@code address} received so far or within 15 seconds (the outbox sends after commit). */
    public MimeMessage awaitMailTo(String address) {
        return awaitMailTo(address, Duration.ofSeconds(15));
    }

    /**
     * Waits with GreenMail's own waiting (woken by each arriving mail, no polling) until a mail to {@code address}
     * is there; fails the test when none comes within {@code timeout}.
     */
    public MimeMessage awaitMailTo(String address, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            MimeMessage[] received = greenMail.getReceivedMessages();
            List<MimeMessage> matching = to(received, address);
            if (!matching.isEmpty()) {
                return matching.getFirst();
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0 || !greenMail.waitForIncomingEmail(left, received.length + 1)) {
                throw new AssertionError("No mail to " + address + " within " + timeout.toSeconds() + " s");
            }
        }
    }

    /** Every mail to {@code address} received so far. */
    public List<MimeMessage> mailsTo(String address) {
        return to(greenMail.getReceivedMessages(), address);
    }

    /** The text of a mail: its plain-text part, or its HTML part when it has no other. */
    public static String text(MimeMessage message) {
        try {
            return text((Part) message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read mail", e);
        }
    }

    /** The first link in the mail's text that contains {@code fragment}; fails when there is none. */
    public static String linkIn(MimeMessage message, String fragment) {
        Matcher links = LINK.matcher(text(message));
        while (links.find()) {
            if (links.group().contains(fragment)) {
                return links.group();
            }
        }
        throw new AssertionError("No link containing " + fragment + " in the mail:\n" + text(message));
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            String fallback = "";
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.isMimeType("text/plain") || child.isMimeType("multipart/*")) {
                    return text(child);
                }
                if (child.isMimeType("text/html")) {
                    fallback = text(child);
                }
            }
            return fallback;
        }
        return "";
    }

    private static List<MimeMessage> to(MimeMessage[] messages, String address) {
        List<MimeMessage> matching = new ArrayList<>();
        for (MimeMessage message : messages) {
            try {
                if (message.getAllRecipients() != null
                        && Arrays.toString(message.getAllRecipients()).contains(address)) {
                    matching.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return matching;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
