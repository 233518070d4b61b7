package kr.innocluster.portal.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import kr.innocluster.portal.security.RefusedNavigation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Shown instead of a framework page when a signed-in user opens a view their role may not use. The refusal is
 * published like a refused service call (who tried which view), for the security log.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends FriendlyMessage implements HasErrorParameter<AccessDeniedException> {

    private final transient ApplicationEventPublisher events;

    public AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("no-access", "error.noAccess.title", "error.noAccess.text");
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            events.publishEvent(new AuthorizationDeniedEvent<>(() -> authentication,
                    new RefusedNavigation(event.getLocation().getPath()), new AuthorizationDecision(false)));
        }
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
