package kr.innocluster.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The demo users of the realm import, printed by the local launcher so nobody has to look them up. */
final class DemoAccounts {

    private DemoAccounts() {
    }

    static String table(Path realmFile) {
        JsonNode realm;
        try {
            realm = new ObjectMapper().readTree(realmFile.toFile());
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("Cannot read " + realmFile, e));
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
            String password = user.path("credentials").path(0).path("value").asString();
            table.append(String.format("          %-10s %-12s %s%n", user.path("username").asString(), password, roles));
        }
        return table.toString();
    }
}
