package kr.innocluster.portal.program;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kr.innocluster.portal.security.Roles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Demo data asks the company registry "which company does this demo user belong to" the way the portal always
 * asks: as that user. Used only at start-up by {@link ProgramDemoData}, never for a request.
 */
final class DemoIdentity {

    private DemoIdentity() {
    }

    static <T> T asCompanyUser(String subject, String username, String email, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        Instant now = Instant.now();
        OidcIdToken token = new OidcIdToken("demo-data", now, now.plusSeconds(60),
                Map.of("sub", subject, "preferred_username", username, "email", email));
        List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(Roles.authority(Roles.COMPANY)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(
                new DefaultOidcUser(authorities, token, "preferred_username"), authorities, "demo-data"));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
