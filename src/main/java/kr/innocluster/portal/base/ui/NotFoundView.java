package kr.innocluster.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page or record that does not exist (or that the user may not know exists). */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends FriendlyMessage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("not-found", "error.notFound.title", "error.notFound.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
