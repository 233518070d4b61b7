package kr.innocluster.portal.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an administrator does in Keycloak's admin console, done over the Admin REST API as the demo {@code admin}
 * (who is {@code realm-admin} of the local realm): tests use it to change things "behind the portal's back".
 */
public final class KeycloakConsole {

    /** A password the realm's policy accepts (12+ characters, not the username or e-mail). */
    public static final String TEST_PASSWORD = "Innocluster-Test-2026!";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String issuerUri;
    private final String adminBase;

    public KeycloakConsole(String issuerUri) {
        this.issuerUri = issuerUri;
        this.adminBase = issuerUri.replace("/realms/", "/admin/realms/");
    }

    public static KeycloakConsole ofTestStack() {
        return new KeycloakConsole(TestStack.get().keycloak().issuerUri());
    }

    /** Creates an enabled person with a verified e-mail ({@code <username>@example.com}) and the given realm roles. */
    public String createUser(String username, String firstName, String lastName, String... realmRoles) {
        return createUserWithOtp(username, firstName, lastName, null, realmRoles);
    }

    /**
     * Like {@link #createUser(String, String, String, String...)} with a TOTP credential (6 digits, 30 s, HMAC-SHA1)
     * whose secret is {@code otpSecret}; Keycloak uses the secret's UTF-8 bytes as the HMAC key.
     */
    public String createUserWithOtp(String username, String firstName, String lastName, String otpSecret,
                                    String... realmRoles) {
        ObjectNode user = JSON.createObjectNode();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@example.com");
        user.put("emailVerified", true);
        user.put("firstName", firstName);
        user.put("lastName", lastName);
        user.putObject("attributes").putArray("locale").add("ko");
        ArrayNode credentials = user.putArray("credentials");
        credentials.addObject().put("type", "password").put("value", TEST_PASSWORD).put("temporary", false);
        if (otpSecret != null) {
            credentials.addObject().put("type", "otp").put("userLabel", "test authenticator")
                    .put("secretData", JSON.writeValueAsString(Map.of("value", otpSecret)))
                    .put("credentialData", JSON.writeValueAsString(Map.of("subType", "totp", "digits", 6,
                            "counter", 0, "period", 30, "algorithm", "HmacSHA1")));
        }
        send("POST", "/users", user.toString());
        String id = userId(username);
        for (String role : realmRoles) {
            grantRealmRole(id, role);
        }
        return id;
    }

    public String userId(String username) {
        JsonNode users = JSON.readTree(send("GET", "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8), null));
        if (users.isEmpty()) {
            throw new IllegalStateException("No Keycloak user " + username);
        }
        return users.get(0).path("id").asString();
    }

    public void grantRealmRole(String userId, String role) {
        send("POST", "/users/" + userId + "/role-mappings/realm", "[" + send("GET", "/roles/" + role, null) + "]");
    }

    public void revokeRealmRole(String userId, String role) {
        send("DELETE", "/users/" + userId + "/role-mappings/realm", "[" + send("GET", "/roles/" + role, null) + "]");
    }

    /** Every realm role the person holds (directly, through composites and groups). */
    public Set<String> realmRoles(String userId) {
        Set<String> names = new LinkedHashSet<>();
        JSON.readTree(send("GET", "/users/" + userId + "/role-mappings/realm/composite", null))
                .forEach(role -> names.add(role.path("name").asString()));
        return names;
    }

    public void setEnabled(String userId, boolean enabled) {
        send("PUT", "/users/" + userId, "{\"enabled\":" + enabled + "}");
    }

    /** Ends every Keycloak session of the user, as "Sign out" in the admin console does. */
    public void logout(String username) {
        send("POST", "/users/" + userId(username) + "/logout", null);
    }

    /** The alias of the realm's browser flow (the local run binds Keycloak's plain "browser"). */
    public String browserFlow() {
        return JSON.readTree(send("GET", "", null)).path("browserFlow").asString();
    }

    /** Binds another browser flow to the realm, as "Bind flow" in the console does. */
    public void bindBrowserFlow(String alias) {
        send("PUT", "", "{\"browserFlow\":\"" + alias + "\"}");
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode("demo1234", StandardCharsets.UTF_8);
        String response = exchange(HttpRequest.newBuilder(URI.create(issuerUri + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return JSON.readTree(response).path("access_token").asString();
    }

    private String send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminBase + path))
                .header("Authorization", "Bearer " + adminToken());
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return exchange(request.build());
    }

    private static String exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
