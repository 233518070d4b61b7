package kr.innocluster.portal.localstack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one realm JSON the local run and the tests give Keycloak: the production realm of {@code realm-config/} with the
 * local overlay of {@code src/test/resources/keycloak/} merged over it (demo users with hashed passwords, demo client
 * secrets, the browser flow without OTP). Objects merge key by key, clients by {@code clientId}, users are added;
 * keys starting with {@code _} are comments and dropped.
 */
public final class RealmImport {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final String json;
    private final Map<String, String> environment;

    private RealmImport(String json, Map<String, String> environment) {
        this.json = json;
        this.environment = environment;
    }

    /**
     * @param portalBaseUrl where the portal runs (redirect and logout URLs of the realm name it)
     * @param environment   what Keycloak's {@code ${VAR}} placeholders of the realm resolve to (SMTP of the stack)
     */
    static RealmImport of(Path realmFile, Path overlayFile, String portalBaseUrl, Map<String, String> environment) {
        ObjectNode realm = (ObjectNode) JSON.readTree(realmFile.toFile());
        merge(realm, (ObjectNode) JSON.readTree(overlayFile.toFile()));
        String text = JSON.writeValueAsString(realm).replace(KeycloakServer.REALM_FILE_PORTAL_URL, portalBaseUrl);
        return new RealmImport(text, new TreeMap<>(environment));
    }

    String json() {
        return json;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** Changes whenever a realm file or a placeholder value changes: then Keycloak must import again. */
    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(json.getBytes(StandardCharsets.UTF_8));
            digest.update(environment.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void merge(ObjectNode target, ObjectNode overlay) {
        for (Map.Entry<String, JsonNode> entry : overlay.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (key.startsWith("_")) {
                continue;
            }
            if ("clients".equals(key)) {
                mergeClients(target.withArray("clients"), (ArrayNode) value);
            } else if ("users".equals(key)) {
                target.withArray("users").addAll((ArrayNode) value);
            } else if (value.isObject() && target.get(key) instanceof ObjectNode nested) {
                merge(nested, (ObjectNode) value);
            } else {
                target.set(key, value);
            }
        }
    }

    private static void mergeClients(ArrayNode clients, ArrayNode overlay) {
        for (JsonNode client : overlay) {
            String clientId = client.path("clientId").asString();
            ObjectNode existing = null;
            for (Iterator<JsonNode> it = clients.iterator(); it.hasNext() && existing == null; ) {
                JsonNode candidate = it.next();
                if (clientId.equals(candidate.path("clientId").asString())) {
                    existing = (ObjectNode) candidate;
                }
            }
            if (existing == null) {
                clients.add(client);
            } else {
                merge(existing, (ObjectNode) client);
            }
        }
    }
}
