package kr.innocluster.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * OIDC login against Keycloak. Method security is on, so {@code @RolesAllowed}/{@code @PreAuthorize} on services are
 * enforced (without {@code @EnableMethodSecurity} they would be silently ignored).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";
    static final String LOGIN_PAGE = "/oauth2/authorization/" + REGISTRATION_ID;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/styles/**", "/images/**", "/favicon.ico", "/actuator/health/**",
                        "/actuator/health")
                .permitAll());
        // Keycloak-side logout (admin console, another app of the realm) ends the portal session too.
        http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
        // RP-initiated logout: the portal session and the Keycloak session end together, then back to the landing page.
        // Views are guarded by their @AnonymousAllowed/@PermitAll/@RolesAllowed, data by method security on services.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PAGE, "{baseUrl}"));
        return http.build();
    }

    @Bean
    GrantedAuthoritiesMapper keycloakRoleMapper() {
        return new KeycloakRoleMapper();
    }

    /**
     * The tokens of a signed-in person (with the refresh token {@link SessionRoleRefresh} uses) live in their HTTP
     * session, not in a per-node map that grows forever: they go when the session goes.
     */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Method security publishes every refusal as an {@code AuthorizationDeniedEvent} (the security log records it). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }
}
