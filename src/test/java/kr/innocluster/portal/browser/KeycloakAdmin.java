package kr.innocluster.portal.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an administrator does in Keycloak's console, done over its admin REST API as the demo `admin` user. */
final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakAdmin() {
    }

    /** Ends every Keycloak session of the user, as "Sign out" in the admin console does. */
    static void logoutUser(String issuerUri, String username) throws Exception {
        String token = adminToken(issuerUri);
        String adminBase = issuerUri.replace("/realms/", "/admin/realms/");
        String users = send(HttpRequest.newBuilder(URI.create(adminBase + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).GET().build());
        String id = first(Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\""), users);
        send(HttpRequest.newBuilder(URI.create(adminBase + "/users/" + id + "/logout"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static String adminToken(String issuerUri) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(BrowserTestBase.DEMO_PASSWORD, StandardCharsets.UTF_8);
        String response = send(HttpRequest.newBuilder(URI.create(issuerUri + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return first(Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\""), response);
    }

    private static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not found in Keycloak's answer: " + pattern);
        }
        return matcher.group(1);
    }
}
