package kr.innocluster.portal.securitylog;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Records what Spring Security reports: each sign-in through Keycloak, and each refusal of a signed-in person by
 * method security or by a view's access check (published by the access-denied page). Anonymous visitors sent to the
 * login page are not "refused" and leave no entry.
 */
@Component
class SecurityEventRecorder {

    private final SecurityLogWriter writer;

    SecurityEventRecorder(SecurityLogWriter writer) {
        this.writer = writer;
    }

    @EventListener
    public void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof OidcUser user) {
            writer.append(user.getSubject(), SecurityEventKind.SIGN_IN, "keycloak", null, null);
        }
    }

    @EventListener
    public void onRefused(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        String account = authentication.getPrincipal() instanceof OidcUser user ? user.getSubject()
                : authentication.getName();
        writer.append(account, SecurityEventKind.ACCESS_DENIED, describe(event.getSource()), null, null);
    }

    static String describe(Object refused) {
        if (refused instanceof MethodInvocationResult result) {
            refused = result.getMethodInvocation();
        }
        if (refused instanceof MethodInvocation invocation) {
            return "method " + invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
        }
        if (refused instanceof HttpServletRequest request) {
            return "url " + request.getMethod() + " " + request.getRequestURI();
        }
        return String.valueOf(refused);
    }
}
