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
import java.util.stream.Stream;

/**
 * A real Keycloak (the keycloak-quarkus-dist that Maven unpacks into target/keycloak) run as a child process, with
 * the realm of {@code realm-config/} plus the local overlay imported and its database in a folder of the caller's
 * choosing. Tests can stop and start it again to see how the portal behaves while Keycloak is away.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "innocluster";
    /** The portal URL written in the realm file; rewritten to the real one when the portal runs elsewhere. */
    static final String REALM_FILE_PORTAL_URL = "http://localhost:8080";
    /** Keycloak's H2 database files in the data folder; deleted when the realm inputs changed. */
    private static final String DATABASE = "keycloakdb";
    private static final String FINGERPRINT = "realm-import.sha256";

    private final Path home;
    private final int port;
    private final Path dataDir;
    private final RealmImport realm;
    private final Path log;
    private Process process;

    private KeycloakServer(Path home, int port, Path dataDir, RealmImport realm) {
        this.home = home;
        this.port = port;
        this.dataDir = dataDir;
        this.realm = realm;
        this.log = dataDir.resolve("keycloak.log");
    }

    /**
     * Starts Keycloak and waits until the realm answers. A realm that already exists in {@code dataDir} is kept
     * (Keycloak's {@code --import-realm} skips it), so a second local run keeps users and sessions, unless a realm
     * file changed since: then Keycloak's data is wiped and the realm imported again, so nobody deletes folders by hand.
     */
    public static KeycloakServer start(Path home, int port, Path dataDir, RealmImport realm, Duration timeout)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home
                    + ": run through Maven (./mvnw ...), which unpacks org.keycloak:keycloak-quarkus-dist");
        }
        Files.createDirectories(dataDir);
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        Files.writeString(importDir.resolve(REALM + "-realm.json"), realm.json(), StandardCharsets.UTF_8);
        resetWhenRealmChanged(dataDir, realm);
        KeycloakServer server = new KeycloakServer(home, port, dataDir, realm);
        server.launch(timeout);
        return server;
    }

    private static void resetWhenRealmChanged(Path dataDir, RealmImport realm) throws IOException {
        Path fingerprintFile = dataDir.resolve(FINGERPRINT);
        String fingerprint = realm.fingerprint();
        boolean imported = hasDatabase(dataDir);
        if (imported && Files.isRegularFile(fingerprintFile)
                && Files.readString(fingerprintFile).strip().equals(fingerprint)) {
            return;
        }
        if (imported) {
            System.out.println("[local] the realm files changed since Keycloak imported them: its data in " + dataDir
                    + " is reset and the realm imported again (users registered there are gone)");
            try (Stream<Path> files = Files.list(dataDir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(DATABASE)).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.writeString(fingerprintFile, fingerprint + "\n");
    }

    private static boolean hasDatabase(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(DATABASE));
        }
    }

    private void launch(Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--import-realm", "--cache=local",
                "--db-url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(DATABASE) + ";NON_KEYWORDS=VALUE"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=10 -Xms64m -Xmx512m");
        // the ${VAR} placeholders of the realm file (SMTP of the local stack)
        builder.environment().putAll(realm.environment());
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = builder.start();
        awaitReady(timeout);
    }

    public String issuerUri() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    /** Whether Keycloak is running (tests stop it to check what happens while it is away). */
    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops Keycloak, keeping its data: the portal sees an unreachable identity provider. */
    public void stop() {
        close();
    }

    /** Starts a stopped Keycloak again with the same data and port. */
    public void restart(Duration timeout) throws IOException, InterruptedException {
        if (!isRunning()) {
            launch(timeout);
        }
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
        if (process == null || !process.isAlive()) {
            return;
        }
        // kc.sh runs Keycloak's JVM as a child: stop both and wait, so the port is free for a restart
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.destroyForcibly();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                handle.destroyForcibly();
            }
        }
    }
}
