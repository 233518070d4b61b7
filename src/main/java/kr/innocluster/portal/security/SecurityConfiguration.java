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
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
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
@EnableMethodSecurity // JSR-250 annotations: MethodSecurityConfiguration (services, not views)
class SecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";
    static final String LOGIN_PAGE = "/oauth2/authorization/" + REGISTRATION_ID;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInAvailability signInAvailability,
            ClusterLogout clusterLogout,
            @Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri}") String issuerUri,
            @Value("${vaadin.productionMode:false}") boolean productionMode) throws Exception {
        http.addFilterBefore(signInAvailability, OAuth2AuthorizationRequestRedirectFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/styles/**", "/images/**", "/favicon.ico", "/actuator/health/**",
                        "/actuator/health")
                .permitAll());
        // Keycloak-side logout (admin console, another app of the realm) ends the portal session too, on whichever node
        // holds it: Spring validates Keycloak's logout token, ClusterLogout records it in the database and every node
        // ends its own sessions (Spring's default handler knows only the sessions of the node the POST landed on).
        http.oidcLogout(logout -> logout.backChannel(backChannel -> backChannel.logoutHandler(clusterLogout)));
        // RP-initiated logout: the portal session and the Keycloak session end together, then back to the landing page.
        // Views are guarded by their @AnonymousAllowed/@PermitAll/@RolesAllowed, data by method security on services.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PAGE, "{baseUrl}"));
        securityHeaders(http, contentSecurityPolicy(issuerUri, productionMode));
        return http.build();
    }

    // ---- Security headers (issue 15 "Headers and deployment"). Everything about response headers is in this block.

    /**
     * The headers every response carries, also the landing page, static resources and downloads. They are written
     * before the request is handled (eagerly). Spring Security's default writes them lazily, when the response is
     * committed through its response wrapper; the HTML page of every Vaadin view (the public landing page as well as
     * a signed-in view) left without them, carrying only Vaadin's own {@code X-Frame-Options: SAMEORIGIN}, while a
     * redirect made by Spring Security itself (an anonymous {@code /home}) had them. Written first, they are there
     * whatever writes the body; Vaadin then keeps our {@code X-Frame-Options: DENY} (it adds its SAMEORIGIN only when
     * the header is missing). CSP {@code frame-ancestors 'none'} forbids framing as well.
     */
    private static void securityHeaders(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .crossOriginOpenerPolicy(coop -> coop.policy(
                        CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }

    /** No camera, microphone, location, payment or other powerful feature is used by any screen. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), usb=(), interest-cohort=()";

    /**
     * As strict as Vaadin Flow allows: its documentation ("Content Security Policy", Vaadin 25) names
     * {@code script-src 'unsafe-inline' 'unsafe-eval'} (the bootstrap page starts the client engine with an inline
     * script; the engine turns the expressions the server sends, e.g. {@code executeJs} and event data, into functions)
     * and {@code style-src 'unsafe-inline'} (the web components' styles) as required. Everything else is the portal's
     * own origin only: no third-party script, style, font, frame or connection; no plugins; forms post only to the
     * portal and to Keycloak (sign-in, sign-out); nobody may frame the portal. Development mode additionally allows
     * WebSocket connections to the portal's host (Vaadin's development tools).
     */
    static String contentSecurityPolicy(String issuerUri, boolean productionMode) {
        String keycloak = originOf(issuerUri);
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                productionMode ? "connect-src 'self'" : "connect-src 'self' ws: wss:",
                "worker-src 'self' blob:",
                "manifest-src 'self'",
                "media-src 'self'",
                "object-src 'none'",
                "frame-src 'none'",
                "frame-ancestors 'none'",
                "base-uri 'self'",
                "form-action 'self'" + (keycloak.isEmpty() ? "" : " " + keycloak));
    }

    private static String originOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                return "";
            }
            return parsed.getScheme() + "://" + parsed.getHost() + (parsed.getPort() < 0 ? "" : ":" + parsed.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    // ---- end of security headers

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
