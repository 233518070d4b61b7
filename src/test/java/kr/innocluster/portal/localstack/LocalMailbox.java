package kr.innocluster.portal.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A web page of the local run that shows every mail the in-process SMTP server received, newest first, with the text
 * and clickable links: Keycloak's verification and password mails as well as the portal's own. Someone trying the
 * portal follows their sign-up link here. Test scope only; production has no such page.
 */
final class LocalMailbox implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Seoul"));

    private final MailServer mail;
    private final HttpServer server;

    private LocalMailbox(MailServer mail, HttpServer server) {
        this.mail = mail;
        this.server = server;
    }

    static LocalMailbox start(MailServer mail, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            LocalMailbox mailbox = new LocalMailbox(mail, server);
            server.createContext("/", mailbox::handle);
            server.start();
            return mailbox;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the local mailbox page on port " + port, e);
        }
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] page;
        try {
            page = render().getBytes(StandardCharsets.UTF_8);
        } catch (MessagingException e) {
            page = ("Cannot read the mails: " + escape(e.getMessage())).getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, page.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(page);
        }
    }

    private String render() throws MessagingException, IOException {
        MimeMessage[] messages = mail.greenMail().getReceivedMessages();
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="ko"><head><meta charset="utf-8">
                <title>로컬 메일함 · Local mailbox</title>
                <style>
                  body { font-family: "Noto Sans KR", system-ui, sans-serif; margin: 2rem auto; max-width: 60rem;
                         padding: 0 1rem; color: #1f2933; }
                  h1 { font-size: 1.4rem; } .hint { color: #52606d; }
                  article { border: 1px solid #d9e2ec; border-radius: 8px; margin: 1rem 0; padding: .75rem 1rem; }
                  .meta { color: #52606d; font-size: .85rem; } h2 { font-size: 1.05rem; margin: .25rem 0 .5rem; }
                  pre { white-space: pre-wrap; word-break: break-word; font: inherit; margin: 0; }
                  a { color: #0b5cad; }
                </style></head><body>
                <h1>로컬 메일함 · Local mailbox</h1>
                <p class="hint">로컬 실행에서 보낸 모든 메일(Keycloak의 인증 메일, 포털의 알림 메일)입니다. 새 메일은
                <a href="/">새로 고침</a>으로 봅니다. · Every mail sent in the local run, newest first.</p>
                """);
        if (messages.length == 0) {
            html.append("<p>아직 받은 메일이 없습니다. · No mail yet.</p>");
        }
        for (int i = messages.length - 1; i >= 0; i--) {
            MimeMessage message = messages[i];
            Date sent = message.getSentDate();
            html.append("<article><div class=\"meta\">")
                    .append(sent == null ? "" : TIME.format(sent.toInstant()))
                    .append(" · ").append(escape(addresses(message.getFrom())))
                    .append(" → ").append(escape(addresses(message.getRecipients(Message.RecipientType.TO))))
                    .append("</div><h2>").append(escape(message.getSubject())).append("</h2><pre>")
                    .append(linkified(text(message))).append("</pre></article>");
        }
        return html.append("</body></html>").toString();
    }

    /** The plain-text part if there is one, otherwise the HTML part without its tags. */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent()).replaceAll("(?s)<[^>]*>", " ").replaceAll("[ \\t]+", " ");
        }
        if (part.getContent() instanceof Multipart multipart) {
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    continue;
                }
                if (child.isMimeType("text/plain") || child.isMimeType("multipart/*")) {
                    return text(child);
                }
                if (child.isMimeType("text/html")) {
                    html = text(child);
                }
            }
            return html == null ? "" : html;
        }
        return "";
    }

    private static String linkified(String text) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = LINK.matcher(text);
        int last = 0;
        while (matcher.find()) {
            out.append(escape(text.substring(last, matcher.start())));
            String url = matcher.group();
            out.append("<a href=\"").append(escape(url)).append("\">").append(escape(url)).append("</a>");
            last = matcher.end();
        }
        return out.append(escape(text.substring(last))).toString();
    }

    private static String addresses(jakarta.mail.Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress internet ? internet.toUnicodeString() : a.toString())
                .collect(Collectors.joining(", "));
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
