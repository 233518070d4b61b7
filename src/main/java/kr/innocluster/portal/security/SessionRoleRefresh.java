package kr.innocluster.portal.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.event.OAuth2AuthorizedClientRefreshedEvent;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Keeps the roles of an open session true. Vaadin navigation is no browser redirect, so the check runs on the server,
 * before every navigation: when the person's roles changed since this session last asked Keycloak (a stamp in the
 * database, so it works on any node) or the last answer is older than {@code portal.session.refresh-after} (5 min),
 * the session makes a refresh-token grant through Spring's authorized-client manager. Spring Security then rebuilds
 * the {@link OidcUser} from the new ID token with the same {@code KeycloakRoleMapper} as at sign-in and replaces the
 * authentication in the security context and the HTTP session; the access check of this very navigation already sees
 * the new roles (this listener is registered before Vaadin's access control).
 *
 * <p>Keycloak unreachable: the person keeps working with the roles they had. Keycloak refuses ({@code invalid_grant}:
 * session ended, account disabled): the portal session ends and the person lands on the public page.
 */
@Component
class SessionRoleRefresh implements VaadinServiceInitListener {

    /** HTTP-session attribute: when this session last got an answer from Keycloak (the portal's clock). */
    static final String LAST_REFRESH = SessionRoleRefresh.class.getName() + ".lastRefresh";

    private static final Logger log = LoggerFactory.getLogger(SessionRoleRefresh.class);

    private final OAuth2AuthorizedClientManager refresher;
    /** The token response of the refresh this thread just made (the provider reports it as an event). */
    private final ThreadLocal<OAuth2AccessTokenResponse> refreshedTokens = new ThreadLocal<>();
    private final ClientRegistrationRepository registrations;
    private final GrantedAuthoritiesMapper authoritiesMapper;
    private final OAuth2UserService<OidcUserRequest, OidcUser> userService = new OidcUserService();
    private final JwtDecoderFactory<ClientRegistration> idTokenDecoders = new OidcIdTokenDecoderFactory();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final ObjectProvider<RoleChangeStamps> stamps;
    private final Clock clock;
    private final Duration refreshAfter;

    SessionRoleRefresh(ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients,
                       GrantedAuthoritiesMapper authoritiesMapper, ObjectProvider<RoleChangeStamps> stamps,
                       Clock clock, @Value("${portal.session.refresh-after:PT5M}") Duration refreshAfter) {
        this.registrations = registrations;
        this.authoritiesMapper = authoritiesMapper;
        this.refresher = alwaysRefreshing(registrations, authorizedClients);
        this.stamps = stamps;
        this.clock = clock;
        this.refreshAfter = refreshAfter;
    }

    /**
     * Spring's refresh-token provider refreshes only tokens about to expire; with a clock skew longer than any token's
     * life every call refreshes. The manager loads and stores the tokens in the HTTP session (and drops them when
     * Keycloak refuses); the provider's "refreshed" event hands this class the new token response.
     */
    private OAuth2AuthorizedClientManager alwaysRefreshing(ClientRegistrationRepository registrations,
                                                           OAuth2AuthorizedClientRepository authorizedClients) {
        RefreshTokenOAuth2AuthorizedClientProvider provider = new RefreshTokenOAuth2AuthorizedClientProvider();
        provider.setClockSkew(Duration.ofDays(3650));
        provider.setApplicationEventPublisher(event -> {
            if (event instanceof OAuth2AuthorizedClientRefreshedEvent refreshed) {
                refreshedTokens.set(refreshed.getAccessTokenResponse());
            }
        });
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
                authorizedClients);
        manager.setAuthorizedClientProvider(provider);
        return manager;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    /** Whether a session that last asked Keycloak at {@code lastRefresh} must ask again now. */
    static boolean due(Instant lastRefresh, Optional<Instant> lastChange, Instant now, Duration refreshAfter) {
        return lastChange.filter(change -> change.isAfter(lastRefresh)).isPresent()
                || !now.isBefore(lastRefresh.plus(refreshAfter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (request == null || response == null || !(authentication instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof OidcUser user)) {
            return;
        }
        HttpSession session = request.getHttpServletRequest().getSession(false);
        if (session == null) {
            return;
        }
        Instant lastRefresh = session.getAttribute(LAST_REFRESH) instanceof Instant stored ? stored
                : user.getIdToken().getIssuedAt();
        Instant now = clock.instant();
        Optional<Instant> lastChange = Optional.ofNullable(stamps.getIfAvailable())
                .flatMap(s -> s.lastChangeOf(user.getSubject()));
        if (lastRefresh == null || !due(lastRefresh, lastChange, now, refreshAfter)) {
            return;
        }
        // Asked now, whatever the answer: an unreachable Keycloak is asked again after the bound or a newer change.
        Instant asked = lastChange.filter(now::isBefore).orElse(now);
        session.setAttribute(LAST_REFRESH, asked);
        try {
            refresh(token, user, request.getHttpServletRequest(), response.getHttpServletResponse());
        } catch (OAuth2AuthorizationException refused) {
            if (OAuth2ErrorCodes.INVALID_GRANT.equals(refused.getError().getErrorCode())) {
                log.info("Keycloak refused to refresh the session of {} ({}): signing out", user.getSubject(),
                        refused.getError().getDescription());
                signOut(event, session);
            } else {
                log.warn("Could not refresh the roles of {}; keeping the session as it is: {}", user.getSubject(),
                        refused.getMessage());
            }
        } catch (RuntimeException unreachable) {
            log.warn("Could not refresh the roles of {}; keeping the session as it is: {}", user.getSubject(),
                    unreachable.toString());
        }
    }

    /** Refreshes the principal; returns whether its roles changed. */
    private boolean refresh(OAuth2AuthenticationToken token, OidcUser user, HttpServletRequest request,
                            HttpServletResponse response) {
        OAuth2AuthorizeRequest authorize = OAuth2AuthorizeRequest
                .withClientRegistrationId(token.getAuthorizedClientRegistrationId())
                .principal(token)
                .attribute(HttpServletRequest.class.getName(), request)
                .attribute(HttpServletResponse.class.getName(), response)
                .build();
        OAuth2AccessTokenResponse tokens;
        try {
            refresher.authorize(authorize);
            tokens = refreshedTokens.get();
        } finally {
            refreshedTokens.remove();
        }
        if (tokens == null || !(tokens.getAdditionalParameters().get(OidcParameterNames.ID_TOKEN) instanceof String id)) {
            log.debug("No new ID token for {} (signed in without tokens in this session?)", user.getSubject());
            return false;
        }
        ClientRegistration registration = registrations.findByRegistrationId(token.getAuthorizedClientRegistrationId());
        Jwt jwt = idTokenDecoders.createDecoder(registration).decode(id);
        OidcIdToken idToken = new OidcIdToken(jwt.getTokenValue(), jwt.getIssuedAt(), jwt.getExpiresAt(),
                jwt.getClaims());
        if (!user.getSubject().equals(idToken.getSubject())) {
            throw new IllegalStateException("Keycloak answered for another subject");
        }
        // the same steps as at sign-in: user info with the new access token, then the realm roles as authorities
        OidcUser refreshedUser = userService.loadUser(new OidcUserRequest(registration, tokens.getAccessToken(),
                idToken, tokens.getAdditionalParameters()));
        OAuth2AuthenticationToken refreshed = new OAuth2AuthenticationToken(refreshedUser,
                authoritiesMapper.mapAuthorities(refreshedUser.getAuthorities()),
                registration.getRegistrationId());
        refreshed.setDetails(token.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        log.debug("Refreshed the roles of {}: {} -> {}", user.getSubject(), token.getAuthorities(),
                refreshed.getAuthorities());
        return !java.util.Set.copyOf(token.getAuthorities()).equals(java.util.Set.copyOf(refreshed.getAuthorities()));
    }

    private static void signOut(BeforeEnterEvent event, HttpSession session) {
        SecurityContextHolder.clearContext();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile
        }
        String contextPath = VaadinServletRequest.getCurrent().getContextPath();
        event.forwardToUrl(contextPath + "/");
    }
}
