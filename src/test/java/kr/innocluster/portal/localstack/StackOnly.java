package kr.innocluster.portal.localstack;

import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local run's parts WITHOUT the portal, for the load benchmark and the scale-out script, which start the production
 * jar (one or two nodes) against them: PostgreSQL, an SMTP server with its mailbox page, and Keycloak (start-dev, as the
 * local run does), each on a port of the caller's choosing, data under one folder.
 *
 * <p>Arguments ({@code key=value}): {@code data=target/bench}, {@code pg=15432}, {@code kc=18180} ({@code kc=0}: no
 * Keycloak, the caller runs its own), {@code smtp=13025}, {@code mailbox=18025}, {@code portal=http://localhost:18080}
 * (the redirect URLs of the imported realm), {@code env=<file>} (written when ready: the portal's environment variables,
 * {@code KEY=value} lines), {@code realm=<file>} (the merged realm JSON, for Keycloak processes the caller starts).
 * Runs until it is stopped (SIGTERM / Ctrl-C), then stops what it started.
 */
public final class StackOnly {

    private StackOnly() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("data", "target/bench", "pg", "15432", "kc", "18180",
                "smtp", "13025", "mailbox", "18025", "portal", "http://localhost:18080"));
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Path data = Files.createDirectories(LocalPaths.projectDir().resolve(options.get("data")));
        int kcPort = Integer.parseInt(options.get("kc"));
        String portalUrl = options.get("portal");

        long t = System.nanoTime();
        EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("postgres"),
                Integer.parseInt(options.get("pg")));
        step("PostgreSQL", t, database.jdbcUrl());
        MailServer mail = MailServer.start(Integer.parseInt(options.get("smtp")));
        LocalMailbox mailbox = LocalMailbox.start(mail, Integer.parseInt(options.get("mailbox")));
        HttpServer received = receivedMailList(mail, Integer.parseInt(options.get("mailbox")) + 1);
        step("SMTP", t, "localhost:" + mail.port() + ", mailbox " + mailbox.url());
        RealmImport realm = LocalPaths.realmImport(portalUrl, mail.port());
        if (options.containsKey("realm")) {
            Files.writeString(Path.of(options.get("realm")), realm.json(), StandardCharsets.UTF_8);
        }
        KeycloakServer keycloak = null;
        if (kcPort > 0) {
            t = System.nanoTime();
            keycloak = KeycloakServer.start(LocalPaths.keycloakHome(), kcPort, data.resolve("keycloak"), realm,
                    Duration.ofMinutes(5));
            step("Keycloak", t, keycloak.issuerUri());
        }
        KeycloakServer startedKeycloak = keycloak;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[stack] stopping Keycloak, SMTP and PostgreSQL ...");
            if (startedKeycloak != null) {
                startedKeycloak.close();
            }
            received.stop(0);
            mailbox.close();
            mail.close();
            try {
                database.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }, "stack-stop"));

        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", database.jdbcUrl());
        env.put("DB_USER", EmbeddedDatabase.USER);
        env.put("DB_PASSWORD", "");
        env.put("KEYCLOAK_ISSUER_URI", kcPort > 0 ? keycloak.issuerUri()
                : "http://localhost:" + options.getOrDefault("issuer-port", "18180") + "/realms/" + KeycloakServer.REALM);
        env.put("KEYCLOAK_CLIENT_SECRET", LocalPaths.clientSecret());
        env.put("KEYCLOAK_ADMIN_CLIENT_SECRET", LocalPaths.adminClientSecret());
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(mail.port()));
        env.put("PORTAL_BASE_URL", portalUrl);
        env.put("SESSION_COOKIE_SECURE", "false");
        env.put("DEMO_DATA", "true");
        StringBuilder lines = new StringBuilder();
        env.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
        if (options.containsKey("env")) {
            Files.writeString(Path.of(options.get("env")), lines, StandardCharsets.UTF_8);
        }
        System.out.println("[stack] READY");
        System.out.print(lines);
        stopped.await();
    }

    /**
     * {@code GET /received} on the mailbox port + 1: one line per mail the SMTP server received, "recipient TAB
     * Message-ID TAB subject", for the scale-out script's check that no mail is lost (and how many came twice).
     */
    private static HttpServer receivedMailList(MailServer mail, int port) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/received", exchange -> {
            StringBuilder lines = new StringBuilder();
            for (MimeMessage message : mail.greenMail().getReceivedMessages()) {
                try {
                    String[] to = message.getHeader("To");
                    lines.append(to == null ? "" : String.join(",", to)).append('\t')
                            .append(message.getMessageID()).append('\t')
                            .append(String.valueOf(message.getSubject()).replace('\t', ' ')).append('\n');
                } catch (MessagingException e) {
                    lines.append("unreadable\t\t").append(e.getMessage()).append('\n');
                }
            }
            byte[] body = lines.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static void step(String what, long startedNanos, String where) {
        System.out.printf("[stack] %-10s ready after %5d ms  %s%n", what, (System.nanoTime() - startedNanos) / 1_000_000,
                where);
    }
}
