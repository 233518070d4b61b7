package kr.innocluster.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kr.innocluster.portal.base.ui.SignInUnavailableView;
import kr.innocluster.portal.base.ui.Unavailability;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.OncePerRequestFilter;

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
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInAvailability signInAvailability) throws Exception {
        http.addFilterBefore(signInAvailability, OAuth2AuthorizationRequestRedirectFilter.class);
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

    // ---- Keycloak away, database away (issue 15, KeycloakOutageFaultTest, DatabaseOutageFaultTest) ---------------
    // A new sign-in starts at LOGIN_PAGE, which redirects the browser to Keycloak. While Keycloak does not answer, the
    // browser would land on its own "This site can't be reached"; instead the portal shows its own page. People who are
    // signed in are not affected (their session lives in the portal).

    @Bean
    SignInAvailability signInAvailability(ClientRegistrationRepository registrations,
                                          @Value("${portal.keycloak.availability.timeout:PT1S}") Duration timeout,
                                          @Value("${portal.keycloak.availability.cache:PT10S}") Duration cache) {
        String issuer = registrations.findByRegistrationId(REGISTRATION_ID).getProviderDetails().getIssuerUri();
        return new SignInAvailability(URI.create(issuer + "/.well-known/openid-configuration"), timeout, cache);
    }

    /** Only in the security filter chain: not also a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<SignInAvailability> signInAvailabilityOnlyInTheSecurityChain(SignInAvailability filter) {
        FilterRegistrationBean<SignInAvailability> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * Before the redirect to Keycloak: asks Keycloak's discovery document with a short timeout (the answer is kept
     * briefly, so a crowd of sign-ins costs one request) and sends the browser to the portal's "sign-in temporarily
     * unavailable" page when Keycloak does not answer, refuses the connection or fails.
     */
    static final class SignInAvailability extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(SignInAvailability.class);

        private final URI probe;
        private final Duration timeout;
        private final Duration cache;
        private final HttpClient http;
        private volatile Instant checkedAt = Instant.MIN;
        private volatile boolean reachable = true;

        SignInAvailability(URI probe, Duration timeout, Duration cache) {
            this.probe = probe;
            this.timeout = timeout;
            this.cache = cache;
            this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith(request.getContextPath() + LOGIN_PAGE);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (keycloakAnswers()) {
                chain.doFilter(request, response);
            } else {
                response.sendRedirect(request.getContextPath() + SignInUnavailableView.PATH);
            }
        }

        boolean keycloakAnswers() {
            Instant now = Instant.now();
            if (now.isBefore(checkedAt.plus(cache))) {
                return reachable;
            }
            boolean answers;
            try {
                HttpRequest request = HttpRequest.newBuilder(probe).timeout(timeout).GET().build();
                answers = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() < 500;
            } catch (IOException e) {
                answers = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answers = false;
            }
            if (answers != reachable) {
                log.warn("Keycloak {} for new sign-ins ({})", answers ? "answers again" : "does not answer", probe);
            }
            reachable = answers;
            checkedAt = Instant.now();
            return answers;
        }
    }

    /**
     * The database away: {@link SessionRoleRefresh} reads the role-change stamp (database) at every navigation, also
     * on the way to the error page, so an outage left users with a blank page instead of "temporarily unavailable".
     * A stamp that cannot be read counts as none (the refresh's time bound still applies) until SessionRoleRefresh
     * tolerates it itself.
     */
    @Bean
    static BeanPostProcessor roleChangeStampsWhileTheDatabaseIsAway() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof RoleChangeStamps stamps ? new TolerantStamps(stamps) : bean;
            }
        };
    }

    /**
     * After a failed read the stamps are not asked for a few seconds, so a navigation during an outage waits for the
     * database once (for its own data), not twice.
     */
    private static final class TolerantStamps implements RoleChangeStamps {

        private static final long PAUSE_NANOS = Duration.ofSeconds(5).toNanos();

        private final RoleChangeStamps stamps;
        private volatile long pausedUntil = System.nanoTime();

        TolerantStamps(RoleChangeStamps stamps) {
            this.stamps = stamps;
        }

        @Override
        public Optional<Instant> lastChangeOf(String subject) {
            if (System.nanoTime() - pausedUntil < 0) {
                return Optional.empty();
            }
            try {
                return stamps.lastChangeOf(subject);
            } catch (RuntimeException failure) {
                if (!Unavailability.isUnavailable(failure)) {
                    throw failure;
                }
                pausedUntil = System.nanoTime() + PAUSE_NANOS;
                return Optional.empty();
            }
        }
    }

    // ---- end of "Keycloak away" and "database away" ---------------------------------------------------------------

    /** Method security publishes every refusal as an {@code AuthorizationDeniedEvent} (the security log records it). */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }
}
