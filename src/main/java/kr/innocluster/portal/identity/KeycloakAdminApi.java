package kr.innocluster.portal.identity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Keycloak's Admin REST API over plain HTTP, as the service account of client {@code portal-admin} (client-credentials
 * token, kept until shortly before it expires). That account holds only {@code view-users}, {@code query-users},
 * {@code manage-users}, {@code view-realm} and {@code view-events} of {@code realm-management}.
 */
@Component
class KeycloakAdminApi {

    private static final ParameterizedTypeReference<List<KeycloakUser>> USERS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<KeycloakRole>> ROLES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<AdminEvent>> EVENTS = new ParameterizedTypeReference<>() {
    };

    private final RestClient http;
    private final String tokenUri;
    private final String clientId;
    private final String clientSecret;
    private volatile CachedToken token;

    KeycloakAdminApi(@Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri}") String issuerUri,
                     @Value("${portal.keycloak.admin.client-id:portal-admin}") String clientId,
                     @Value("${portal.keycloak.admin.client-secret:}") String clientSecret) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests)
                .baseUrl(issuerUri.replace("/realms/", "/admin/realms/")).build();
        this.tokenUri = issuerUri + "/protocol/openid-connect/token";
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** People whose username, name or e-mail contains {@code text} (all people when blank), in Keycloak's order. */
    List<KeycloakUser> searchUsers(String text, int first, int max) {
        return call(() -> http.get().uri(b -> {
            b.path("/users").queryParam("briefRepresentation", true).queryParam("first", first)
                    .queryParam("max", max);
            return text == null || text.isBlank() ? b.build()
                    : b.queryParam("search", "{search}").build("*" + text.strip() + "*");
        }).headers(h -> h.setBearerAuth(accessToken())).retrieve().body(USERS));
    }

    /** People who hold {@code role} directly. */
    List<KeycloakUser> usersWithRole(String role, int first, int max) {
        return call(() -> http.get().uri(b -> b.path("/roles/{role}/users").queryParam("briefRepresentation", true)
                        .queryParam("first", first).queryParam("max", max).build(role))
                .headers(h -> h.setBearerAuth(accessToken())).retrieve().body(USERS));
    }

    Optional<KeycloakUser> user(String id) {
        try {
            return Optional.ofNullable(call(() -> http.get().uri("/users/{id}", id)
                    .headers(h -> h.setBearerAuth(accessToken())).retrieve().body(KeycloakUser.class)));
        } catch (KeycloakUserMissingException missing) {
            return Optional.empty();
        }
    }

    /** Every realm role the person has, directly or through composites and groups. */
    Set<String> effectiveRealmRoles(String userId) {
        return names(call(() -> http.get().uri("/users/{id}/role-mappings/realm/composite", userId)
                .headers(h -> h.setBearerAuth(accessToken())).retrieve().body(ROLES)));
    }

    /** The realm roles mapped to the person directly (the ones a grant adds and a revocation removes). */
    Set<String> directRealmRoles(String userId) {
        return names(call(() -> http.get().uri("/users/{id}/role-mappings/realm", userId)
                .headers(h -> h.setBearerAuth(accessToken())).retrieve().body(ROLES)));
    }

    /** Adds the realm role; adding a role the person already has changes nothing. */
    void grantRealmRole(String userId, String role) {
        KeycloakRole representation = role(role);
        call(() -> http.post().uri("/users/{id}/role-mappings/realm", userId)
                .headers(h -> h.setBearerAuth(accessToken())).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(representation)).retrieve().toBodilessEntity());
    }

    /** Removes the realm role; removing a role the person does not have changes nothing. */
    void revokeRealmRole(String userId, String role) {
        KeycloakRole representation = role(role);
        call(() -> http.method(org.springframework.http.HttpMethod.DELETE)
                .uri("/users/{id}/role-mappings/realm", userId)
                .headers(h -> h.setBearerAuth(accessToken())).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(representation)).retrieve().toBodilessEntity());
    }

    /** The person whose e-mail is exactly {@code email}, if Keycloak knows one. */
    Optional<KeycloakUser> userByEmail(String email) {
        List<KeycloakUser> found = call(() -> http.get().uri(b -> b.path("/users").queryParam("email", "{email}")
                        .queryParam("exact", true).queryParam("briefRepresentation", true).build(email))
                .headers(h -> h.setBearerAuth(accessToken())).retrieve().body(USERS));
        return found == null ? Optional.empty()
                : found.stream().filter(u -> email.equalsIgnoreCase(u.email())).findFirst();
    }

    /**
     * Creates an enabled account whose e-mail is not yet verified, with the e-mail as username and the required
     * actions {@code actions}; returns its id. Keycloak refuses a second account for the same e-mail (409), so callers
     * look the person up first ({@link #userByEmail}).
     */
    String createUser(String email, String firstName, String lastName, List<String> actions) {
        NewUser representation = new NewUser(email, email, firstName, lastName, true, false, actions);
        var response = call(() -> http.post().uri("/users").headers(h -> h.setBearerAuth(accessToken()))
                .contentType(MediaType.APPLICATION_JSON).body(representation).retrieve().toBodilessEntity());
        java.net.URI location = response.getHeaders().getLocation();
        if (location != null) {
            String path = location.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
        return userByEmail(email).map(KeycloakUser::id)
                .orElseThrow(() -> new KeycloakUnavailableException("Keycloak created no account for " + email, null));
    }

    /**
     * Has Keycloak mail the person a link to perform {@code actions} (verify e-mail, set password), valid for
     * {@code lifespan}; after the actions, Keycloak offers a way back to {@code redirectUri} of client {@code clientId}.
     */
    void executeActionsEmail(String userId, List<String> actions, Duration lifespan, String clientId,
                             String redirectUri) {
        call(() -> http.put().uri(b -> b.path("/users/{id}/execute-actions-email")
                        .queryParam("lifespan", lifespan.toSeconds()).queryParam("client_id", clientId)
                        .queryParam("redirect_uri", "{redirect}").build(userId, redirectUri))
                .headers(h -> h.setBearerAuth(accessToken())).contentType(MediaType.APPLICATION_JSON)
                .body(actions).retrieve().toBodilessEntity());
    }

    /** The latest admin events about people and their roles (changes made in the console or by the portal). */
    List<AdminEvent> latestUserAdminEvents(int max) {
        return call(() -> http.get().uri(b -> b.path("/admin-events")
                        .queryParam("resourceTypes", "REALM_ROLE_MAPPING", "USER", "GROUP_MEMBERSHIP")
                        .queryParam("first", 0).queryParam("max", max).build())
                .headers(h -> h.setBearerAuth(accessToken())).retrieve().body(EVENTS));
    }

    private KeycloakRole role(String name) {
        return call(() -> http.get().uri("/roles/{role}", name).headers(h -> h.setBearerAuth(accessToken()))
                .retrieve().body(KeycloakRole.class));
    }

    private static Set<String> names(List<KeycloakRole> roles) {
        Set<String> names = new LinkedHashSet<>();
        if (roles != null) {
            roles.forEach(r -> names.add(r.name()));
        }
        return names;
    }

    /** Runs a call; a rejected token is fetched again once, a missing person and an outage become own exceptions. */
    private <T> T call(Supplier<T> request) {
        try {
            try {
                return request.get();
            } catch (RestClientResponseException e) {
                if (e.getStatusCode().value() != HttpStatus.UNAUTHORIZED.value()) {
                    throw e;
                }
                token = null;
                return request.get();
            }
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                throw new KeycloakUserMissingException(e.getMessage());
            }
            throw new KeycloakUnavailableException("Keycloak answered " + e.getStatusCode().value() + ": "
                    + e.getResponseBodyAsString(), e);
        } catch (RestClientException e) {
            throw new KeycloakUnavailableException("Keycloak is unreachable: " + e.getMessage(), e);
        }
    }

    private String accessToken() {
        CachedToken current = token;
        if (current == null || Instant.now().isAfter(current.refreshAt())) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", clientId);
            form.add("client_secret", clientSecret);
            TokenResponse response = http.post().uri(tokenUri).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form).retrieve().body(TokenResponse.class);
            if (response == null || response.accessToken() == null) {
                throw new RestClientException("Keycloak gave no token to " + clientId);
            }
            current = new CachedToken(response.accessToken(),
                    Instant.now().plusSeconds(Math.max(5, response.expiresIn() - 30)));
            token = current;
        }
        return current.value();
    }

    private record CachedToken(String value, Instant refreshAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("expires_in") long expiresIn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KeycloakUser(String id, String username, String firstName, String lastName, String email,
                        Boolean emailVerified, Boolean enabled, Long createdTimestamp) {
    }

    record NewUser(String username, String email, String firstName, String lastName, boolean enabled,
                   boolean emailVerified, List<String> requiredActions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KeycloakRole(String id, String name, String description, Boolean composite, Boolean clientRole,
                        String containerId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AdminEvent(long time, String operationType, String resourceType, String resourcePath) {
    }
}
