package kr.innocluster.portal.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakRoleMapperTest {

    @Test
    void realmRolesOfTheIdTokenBecomeSpringRoles() {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "1",
                "realm_access", Map.of("roles", List.of("official", "default-roles-innocluster", "offline_access"))));

        var mapped = new KeycloakRoleMapper().mapAuthorities(List.of(new OidcUserAuthority(token)));

        assertThat(mapped).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_official")
                .doesNotContain("ROLE_default-roles-innocluster", "ROLE_offline_access");
    }

    @Test
    void aTokenWithoutRealmRolesGivesNoRole() {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "1"));

        var mapped = new KeycloakRoleMapper().mapAuthorities(List.of(new OidcUserAuthority(token)));

        assertThat(mapped).extracting(GrantedAuthority::getAuthority).noneMatch(a -> a.startsWith("ROLE_"));
    }
}
