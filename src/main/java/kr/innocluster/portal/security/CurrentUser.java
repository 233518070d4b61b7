package kr.innocluster.portal.security;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Reads the signed-in user from the security context; services use it for ownership checks. */
@Component
public class CurrentUser {

    public Optional<PortalUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof OidcUser oidc)) {
            return Optional.empty();
        }
        Set<String> roles = new LinkedHashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                roles.add(name.substring("ROLE_".length()));
            }
        }
        String displayName = displayName(oidc);
        Optional<Locale> locale = Optional.ofNullable(oidc.getLocale()).filter(s -> !s.isBlank()).map(Locale::forLanguageTag);
        return Optional.of(new PortalUser(oidc.getSubject(), oidc.getPreferredUsername(), displayName, oidc.getEmail(),
                Set.copyOf(roles), locale, Boolean.TRUE.equals(oidc.getEmailVerified())));
    }

    /** For service methods that cannot run without a user (the security annotations already guarantee one). */
    public PortalUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    /** Korean names read family name first without a space (김정민); Latin names given name first. */
    static String displayName(OidcUser oidc) {
        String family = oidc.getFamilyName();
        String given = oidc.getGivenName();
        if (family == null || given == null) {
            return oidc.getFullName() != null ? oidc.getFullName() : oidc.getPreferredUsername();
        }
        boolean hangul = (family + given).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
        return hangul ? family + given : given + " " + family;
    }
}
