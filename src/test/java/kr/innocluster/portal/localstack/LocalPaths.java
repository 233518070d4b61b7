package kr.innocluster.portal.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The demo client secret lives only in the realm import; the local stack reads it from there. */
    public static String clientSecret() {
        try {
            String realm = Files.readString(realmFile());
            Matcher matcher = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(realm);
            if (!matcher.find()) {
                throw new IllegalStateException("No client secret in " + realmFile());
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
