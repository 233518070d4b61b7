package kr.innocluster.portal.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The HTTP sessions that live on this node (Spring Boot registers this listener with the servlet container), so that a
 * Keycloak-side logout recorded by any node can end them here ({@link ClusterLogout}). The session object stays the
 * same when its id changes at sign-in (session fixation protection), so a set of sessions is enough.
 */
@Component
class LocalSessions implements HttpSessionListener {

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    /**
     * Invalidates every session on this node signed in as a person the test accepts; the next request of that browser
     * finds no session (Vaadin reloads, the portal asks for a sign-in). Returns how many sessions ended.
     */
    int endSessionsOf(Predicate<OidcUser> signedInAs) {
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                if (userOf(session).filter(signedInAs).isPresent()) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalidated) {
                sessions.remove(session);
            }
        }
        return ended;
    }

    /** Who is signed in with the session of this id on this node (none: no such session or nobody signed in). */
    Optional<OidcUser> signedInWith(String sessionId) {
        for (HttpSession session : sessions) {
            try {
                if (session.getId().equals(sessionId)) {
                    return userOf(session);
                }
            } catch (IllegalStateException alreadyInvalidated) {
                sessions.remove(session);
            }
        }
        return Optional.empty();
    }

    private static Optional<OidcUser> userOf(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context
                && context.getAuthentication() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof OidcUser user ? Optional.of(user) : Optional.empty();
    }
}
