package kr.innocluster.portal.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Where the project's own files are, found from the working directory Maven runs in. */
public final class LocalPaths {

    private LocalPaths() {
    }

    public static Path projectDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("realm-config/innocluster-realm.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Run from the project folder (realm-config/ not found)");
        }
        return dir;
    }

    public static Path realmFile() {
        return projectDir().resolve("realm-config/innocluster-realm.json");
    }

    public static Path keycloakHome() {
        String configured = System.getProperty("keycloak.home");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (var candidates = Files.list(projectDir().resolve("target/keycloak"))) {
            return candidates.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Keycloak not unpacked under target/keycloak"));
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak not unpacked under target/keycloak: run through ./mvnw", e);
        }
    }

    /**
     * Demo users, demo client secrets and the local browser flow (no OTP): merged over the production realm by the
     * local run and the tests only; {@code docker/} never mounts this folder.
     */
    public static Path localRealmOverlay() {
        return projectDir().resolve("src/test/resources/keycloak/innocluster-local.json");
    }

    /** The demo secret of the portal's login client {@code portal}, from the local overlay. */
    public static String clientSecret() {
        return clientSecretOf("portal");
    }

    /** The demo secret of the portal's service-account client {@code portal-admin}, from the local overlay. */
    public static String adminClientSecret() {
        return clientSecretOf("portal-admin");
    }

    private static String clientSecretOf(String clientId) {
        JsonNode overlay = new ObjectMapper().readTree(localRealmOverlay().toFile());
        for (JsonNode client : overlay.path("clients")) {
            if (clientId.equals(client.path("clientId").asString())) {
                return client.path("secret").asString();
            }
        }
        throw new IllegalStateException("No secret of client " + clientId + " in " + localRealmOverlay());
    }

    /** The realm Keycloak imports in the local run and the tests. */
    public static RealmImport realmImport(String portalBaseUrl, int smtpPort) {
        return RealmImport.of(realmFile(), localRealmOverlay(), portalBaseUrl,
                Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(smtpPort)));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
