package kr.innocluster.portal.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts the portal needs on a developer's machine, with their data under the git-ignored {@code data/} folder so
 * a restart keeps everything: PostgreSQL on 54329, Keycloak on 8180, SMTP on 3025 and its mailbox page on 8025.
 */
public final class LocalStack implements AutoCloseable {

    public static final int PORTAL_PORT = 8080;
    public static final int KEYCLOAK_PORT = 8180;
    public static final int POSTGRES_PORT = 54329;
    public static final int SMTP_PORT = 3025;
    public static final int MAILBOX_PORT = 8025;

    private final EmbeddedDatabase database;
    private final KeycloakServer keycloak;
    private final MailServer mail;
    private final LocalMailbox mailbox;

    private LocalStack(EmbeddedDatabase database, KeycloakServer keycloak, MailServer mail, LocalMailbox mailbox) {
        this.database = database;
        this.keycloak = keycloak;
        this.mail = mail;
        this.mailbox = mailbox;
    }

    public static LocalStack start() throws IOException, InterruptedException {
        Path data = Files.createDirectories(LocalPaths.projectDir().resolve("data"));
        long t = System.nanoTime();
        EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("postgres"), POSTGRES_PORT);
        step("PostgreSQL", t, "localhost:" + POSTGRES_PORT + ", data in data/postgres");
        t = System.nanoTime();
        MailServer mail = MailServer.start(SMTP_PORT);
        step("SMTP (GreenMail)", t, "localhost:" + SMTP_PORT);
        LocalMailbox mailbox = LocalMailbox.start(mail, MAILBOX_PORT);
        t = System.nanoTime();
        System.out.println("[local] starting Keycloak (the first start takes about a minute) ...");
        KeycloakServer keycloak = KeycloakServer.start(LocalPaths.keycloakHome(), KEYCLOAK_PORT, data.resolve("keycloak"),
                LocalPaths.realmImport("http://localhost:" + PORTAL_PORT, mail.port()), Duration.ofMinutes(5));
        step("Keycloak", t, keycloak.issuerUri() + ", log in data/keycloak/keycloak.log");
        return new LocalStack(database, keycloak, mail, mailbox);
    }

    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", EmbeddedDatabase.USER);
        properties.put("spring.datasource.password", "");
        properties.put("spring.security.oauth2.client.provider.keycloak.issuer-uri", keycloak.issuerUri());
        properties.put("spring.security.oauth2.client.registration.keycloak.client-secret", LocalPaths.clientSecret());
        properties.put("portal.keycloak.admin.client-secret", LocalPaths.adminClientSecret());
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(mail.port()));
        properties.put("server.port", String.valueOf(PORTAL_PORT));
        properties.put("portal.base-url", "http://localhost:" + PORTAL_PORT);
        properties.put("portal.demo-data.enabled", "true");
        return properties;
    }

    private static void step(String what, long startedNanos, String where) {
        System.out.printf("[local] %-17s ready in %5d ms  %s%n", what, (System.nanoTime() - startedNanos) / 1_000_000,
                where);
    }

    /** The page that shows every mail sent in the local run (Keycloak's and the portal's). */
    public String mailboxUrl() {
        return mailbox.url();
    }

    @Override
    public void close() {
        mailbox.close();
        keycloak.close();
        mail.close();
        try {
            database.close();
        } catch (IOException ignored) {
            // stopping anyway
        }
    }
}
