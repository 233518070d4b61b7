package kr.innocluster.portal.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The real parts every integration test runs against, started once per test JVM: PostgreSQL (throw-away data),
 * Keycloak (a fresh realm import on free ports) and an SMTP server. The portal's port is chosen up front because
 * the realm's redirect URIs must name it.
 */
public final class TestStack {

    private static volatile TestStack instance;

    private final EmbeddedDatabase database;
    private final KeycloakServer keycloak;
    private final MailServer mail;
    private final int portalPort;

    private TestStack(EmbeddedDatabase database, KeycloakServer keycloak, MailServer mail, int portalPort) {
        this.database = database;
        this.keycloak = keycloak;
        this.mail = mail;
        this.portalPort = portalPort;
    }

    public static TestStack get() {
        if (instance == null) {
            synchronized (TestStack.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    private static TestStack start() {
        try {
            long started = System.nanoTime();
            int portalPort = LocalPaths.freePort();
            Path keycloakData = Files.createTempDirectory(
                    Files.createDirectories(LocalPaths.projectDir().resolve("target/test-keycloak")), "run-");
            MailServer mail = MailServer.start(LocalPaths.freePort());
            CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(() -> {
                try {
                    return KeycloakServer.start(LocalPaths.keycloakHome(), LocalPaths.freePort(), keycloakData,
                            LocalPaths.realmImport("http://localhost:" + portalPort, mail.port()), Duration.ofMinutes(4));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
            EmbeddedDatabase database = EmbeddedDatabase.start(null, LocalPaths.freePort());
            TestStack stack = new TestStack(database, keycloak.join(), mail, portalPort);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "test-stack-stop"));
            System.out.printf("Test stack ready in %d ms (PostgreSQL :%d, Keycloak :%d, SMTP :%d, portal :%d)%n",
                    (System.nanoTime() - started) / 1_000_000, database.port(), stack.keycloak.port(), mail.port(),
                    portalPort);
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spring properties that point the portal at this stack. */
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
        properties.put("server.port", String.valueOf(portalPort));
        properties.put("portal.base-url", baseUrl());
        properties.put("portal.demo-data.enabled", "true");
        // the bounds of "roles stay true" in seconds instead of minutes, so tests can wait for them
        properties.put("portal.session.refresh-after", SESSION_REFRESH_AFTER.toString());
        properties.put("portal.identity.outbox.retry-delay", "2s");
        properties.put("portal.identity.outbox.first-backoff", "PT1S");
        properties.put("portal.identity.outbox.max-backoff", "PT4S");
        properties.put("portal.identity.console-watch.delay", "3s");
        return properties;
    }

    /** How old a session's roles may get before the next navigation asks Keycloak again (tests only; 5 min live). */
    public static final Duration SESSION_REFRESH_AFTER = Duration.ofSeconds(20);

    public String baseUrl() {
        return "http://localhost:" + portalPort;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public MailServer mail() {
        return mail;
    }

    private void stop() {
        keycloak.close();
        mail.close();
        try {
            database.close();
        } catch (IOException ignored) {
            // the JVM is ending anyway
        }
    }
}
