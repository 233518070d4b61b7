package kr.innocluster.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The demo users of the local realm overlay, printed by the local launcher so nobody has to look them up. */
final class DemoAccounts {

    /** Every demo user's password; the overlay stores only its PBKDF2 hash. */
    static final String PASSWORD = "demo1234";

    private DemoAccounts() {
    }

    static String table(Path overlayFile) {
        JsonNode realm;
        try {
            realm = new ObjectMapper().readTree(overlayFile.toFile());
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("Cannot read " + overlayFile, e));
        }
        StringBuilder table = new StringBuilder("[local] Demo accounts (sign in at http://localhost:8080):\n");
        table.append(String.format("          %-10s %-12s %s%n", "username", "password", "roles"));
        for (JsonNode user : realm.path("users")) {
            StringBuilder roles = new StringBuilder();
            for (JsonNode role : user.path("realmRoles")) {
                String name = role.asString();
                if (!name.startsWith("default-roles")) {
                    roles.append(roles.isEmpty() ? "" : ", ").append(name);
                }
            }
            table.append(String.format("          %-10s %-12s %s%n", user.path("username").asString(), PASSWORD, roles));
        }
        return table.toString();
    }
}
