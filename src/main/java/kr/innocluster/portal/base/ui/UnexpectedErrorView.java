package kr.innocluster.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any failure while opening a view: logged in full, shown to the user without a stack trace. A part that is away (the
 * database) is a "temporarily unavailable, try again shortly" page, not an error of the user's doing.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnexpectedErrorView extends FriendlyMessage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (Unavailability.isUnavailable(parameter.getCaughtException())) {
            log.warn("Could not open {}: a part is unavailable: {}", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            show("temporarily-unavailable", "error.unavailable.title", "error.unavailable.text");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
        show("unexpected-error", "error.unexpected.title", "error.unexpected.text");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
