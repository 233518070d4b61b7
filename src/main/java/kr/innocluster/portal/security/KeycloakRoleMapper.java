package kr.innocluster.portal.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/** Turns Keycloak's {@code realm_access.roles} claim of the ID token into {@code ROLE_<name>} authorities. */
class KeycloakRoleMapper implements GrantedAuthoritiesMapper {

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new HashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                mapped.addAll(realmRoles(oidc.getIdToken().getClaims()));
                if (oidc.getUserInfo() != null) {
                    mapped.addAll(realmRoles(oidc.getUserInfo().getClaims()));
                }
            }
        }
        return mapped;
    }

    static Set<GrantedAuthority> realmRoles(Map<String, Object> claims) {
        Set<GrantedAuthority> result = new HashSet<>();
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof List<?> roles) {
            for (Object role : roles) {
                if (role instanceof String name && Roles.ALL.contains(name)) {
                    result.add(new SimpleGrantedAuthority(Roles.authority(name)));
                }
            }
        }
        return result;
    }
}
