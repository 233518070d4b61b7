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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
    private final ObjectProvider<RoleChangeStamps> stamps;
    private final Clock clock;
    private final Duration refreshAfter;

    SessionRoleRefresh(ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients,
                       ApplicationEventPublisher events, ObjectProvider<RoleChangeStamps> stamps, Clock clock,
                       @Value("${portal.session.refresh-after:PT5M}") Duration refreshAfter) {
        this.refresher = alwaysRefreshing(registrations, authorizedClients, events);
        this.stamps = stamps;
        this.clock = clock;
        this.refreshAfter = refreshAfter;
    }

    /**
     * The refresh-token provider refreshes only tokens about to expire; with a clock skew longer than any token's
     * life every call refreshes. Its "refreshed" event is what makes Spring Security rebuild the principal.
     */
    private static OAuth2AuthorizedClientManager alwaysRefreshing(ClientRegistrationRepository registrations,
                                                                  OAuth2AuthorizedClientRepository authorizedClients,
                                                                  ApplicationEventPublisher events) {
        RefreshTokenOAuth2AuthorizedClientProvider provider = new RefreshTokenOAuth2AuthorizedClientProvider();
        provider.setClockSkew(Duration.ofDays(3650));
        provider.setApplicationEventPublisher(events);
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
            refresh(token, request.getHttpServletRequest(), response.getHttpServletResponse());
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

    private void refresh(OAuth2AuthenticationToken token, HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizeRequest authorize = OAuth2AuthorizeRequest
                .withClientRegistrationId(token.getAuthorizedClientRegistrationId())
                .principal(token)
                .attribute(HttpServletRequest.class.getName(), request)
                .attribute(HttpServletResponse.class.getName(), response)
                .build();
        // Spring's listener for the refreshed principal saves it through the request of RequestContextHolder.
        RequestAttributes previous = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        try {
            refresher.authorize(authorize);
        } finally {
            RequestContextHolder.setRequestAttributes(previous);
        }
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
