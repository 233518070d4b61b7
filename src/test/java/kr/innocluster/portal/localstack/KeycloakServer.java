package kr.innocluster.portal.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak (the keycloak-quarkus-dist that Maven unpacks into target/keycloak) run as a child process,
 * with the realm of {@code realm-config/} imported and its database in a folder of the caller's choosing.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "innocluster";
    /** The portal URL written in the realm file; rewritten to the real one when the portal runs elsewhere. */
    static final String REALM_FILE_PORTAL_URL = "http://localhost:8080";

    private final Process process;
    private final int port;
    private final Path log;

    private KeycloakServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Keycloak and waits until the realm answers. A realm that already exists in {@code dataDir} is kept
     * (Keycloak's {@code --import-realm} skips it), so a second local run keeps users and sessions.
     */
    public static KeycloakServer start(Path home, int port, Path dataDir, String portalBaseUrl, Duration timeout)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home
                    + ": run through Maven (./mvnw ...), which unpacks org.keycloak:keycloak-quarkus-dist");
        }
        Files.createDirectories(dataDir);
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        String realm = Files.readString(LocalPaths.realmFile(), StandardCharsets.UTF_8)
                .replace(REALM_FILE_PORTAL_URL, portalBaseUrl);
        Files.writeString(importDir.resolve(REALM + "-realm.json"), realm, StandardCharsets.UTF_8);

        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--import-realm", "--cache=local",
                "--db-url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("keycloakdb") + ";NON_KEYWORDS=VALUE"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=10 -Xms64m -Xmx512m");
        Path log = dataDir.resolve("keycloak.log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        KeycloakServer server = new KeycloakServer(builder.start(), port, log);
        server.awaitReady(timeout);
        return server;
    }

    public String issuerUri() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during start-up; see " + log + "\n" + tail());
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see " + log + "\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
