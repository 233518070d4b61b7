package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Failures in click handlers and other UI events: logged with the details, shown to the user as a short notice in
 * their language ("temporarily unavailable" when a part such as the database is away). No stack trace or SQL text ever
 * reaches the browser.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            boolean refused = cause instanceof AccessDeniedException || cause.getCause() instanceof AccessDeniedException;
            boolean unavailable = !refused && Unavailability.isUnavailable(cause);
            if (unavailable) {
                log.warn("A part is unavailable: {}", cause.toString());
            } else if (refused) {
                log.warn("Refused: {}", cause.getMessage());
            } else {
                log.error("Unexpected error in the UI", cause);
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notices.error(refused ? "error.refused"
                        : unavailable ? "error.unavailable.notice" : "error.unexpected.notice"));
            }
        }));
    }
}
