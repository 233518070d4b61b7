package kr.innocluster.portal.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Builds the same kind of authentication Keycloak login produces, for service and browserless tests. */
public final class TestUsers {

    private TestUsers() {
    }

    /** Demo users keep their realm ids (so demo data matches); any other name gets a stable made-up id. */
    public static String subjectOf(String username) {
        return switch (username) {
            case "official" -> DemoUsers.OFFICIAL;
            case "reviewer" -> DemoUsers.REVIEWER;
            case "operator" -> DemoUsers.OPERATOR;
            case "company" -> DemoUsers.COMPANY;
            case "company2" -> DemoUsers.COMPANY2;
            case "company3" -> DemoUsers.COMPANY3;
            case "attendee" -> DemoUsers.ATTENDEE;
            case "admin" -> DemoUsers.ADMIN;
            default -> UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
        };
    }

    /** A user whose e-mail (default {@code <username>@test.example}) Keycloak has verified. */
    public static SecurityContext context(String username, String name, String email, String... roles) {
        return context(username, name, email, true, roles);
    }

    /** Like {@link #context(String, String, String, String...)}, with the {@code email_verified} claim as given. */
    public static SecurityContext context(String username, String name, String email, boolean emailVerified,
                                          String... roles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", subjectOf(username));
        claims.put("preferred_username", username);
        claims.put("email", email.isBlank() ? username + "@test.example" : email);
        claims.put("email_verified", emailVerified);
        String displayName = name.isBlank() ? username : name;
        claims.put("family_name", displayName.substring(0, 1));
        claims.put("given_name", displayName.length() > 1 ? displayName.substring(1) : displayName);
        claims.put("realm_access", Map.of("roles", List.of(roles)));
        OidcIdToken token = new OidcIdToken("test-token", Instant.now(), Instant.now().plusSeconds(3600), claims);
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String role : roles) {
            authorities.add(new SimpleGrantedAuthority(Roles.authority(role)));
        }
        DefaultOidcUser user = new DefaultOidcUser(authorities, token, "preferred_username");
        SecurityContext context = new SecurityContextImpl();
        context.setAuthentication(new OAuth2AuthenticationToken(user, authorities, "keycloak"));
        return context;
    }

    /** Makes the given user the current one for code that runs outside {@link WithPortalUser} (threads, loops). */
    public static void signIn(String username, String... roles) {
        SecurityContextHolder.setContext(context(username, "", "", roles));
    }

    /**
     * Signs in a user with the given e-mail address, verified by Keycloak or not: for the rules that trust only a
     * verified address (registering a company, accepting an invitation).
     */
    public static void signInWithEmail(String username, String email, boolean emailVerified, String... roles) {
        SecurityContextHolder.setContext(context(username, "", email, emailVerified, roles));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
