package kr.innocluster.portal.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Runs code as a given person, for demo data and background jobs that call the services the way a request would, so
 * every role and ownership check applies to them too. Never used while serving a request: the previous security
 * context is restored afterwards, also on failure.
 *
 * <pre>{@code RunAs.user(DemoUsers.COMPANY, "company").withRoles(Roles.COMPANY).call(() -> companies.myCompany())}</pre>
 */
public final class RunAs {

    private final String subject;
    private final String username;
    private String email;
    private final List<String> roles = new ArrayList<>();

    private RunAs(String subject, String username) {
        this.subject = subject;
        this.username = username;
    }

    /** A person by their Keycloak subject id and username. */
    public static RunAs user(String subject, String username) {
        return new RunAs(subject, username);
    }

    public RunAs withEmail(String email) {
        this.email = email;
        return this;
    }

    /** Realm role names ({@link Roles}); each becomes authority {@code ROLE_<name>} as after a real sign-in. */
    public RunAs withRoles(String... roleNames) {
        roles.addAll(List.of(roleNames));
        return this;
    }

    public <T> T call(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication());
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    private OAuth2AuthenticationToken authentication() {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("preferred_username", username);
        if (email != null) {
            claims.put("email", email);
            claims.put("email_verified", true);
        }
        OidcIdToken token = new OidcIdToken("run-as", now, now.plusSeconds(300), claims);
        List<GrantedAuthority> authorities = roles.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(Roles.authority(role)))
                .toList();
        DefaultOidcUser user = new DefaultOidcUser(authorities, token, "preferred_username");
        return new OAuth2AuthenticationToken(user, authorities, "keycloak");
    }
}
