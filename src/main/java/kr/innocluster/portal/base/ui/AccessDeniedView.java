package kr.innocluster.portal.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a framework page when a signed-in user opens a view their role may not use. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends FriendlyMessage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("no-access", "error.noAccess.title", "error.noAccess.text");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
