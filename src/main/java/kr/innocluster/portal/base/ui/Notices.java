package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import kr.innocluster.portal.base.Message;
import kr.innocluster.portal.base.RuleException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one way every view tells the user how an action went: a short notice at the top centre, the same duration and
 * look everywhere, text from the message bundles in the user's language. Failures carry the CSS class
 * {@code ic-notice-error}, confirmations {@code ic-notice-success}.
 */
public final class Notices {

    /** How long a notice stays; long enough to read two lines of Korean. */
    public static final int DURATION_MS = 5000;

    private Notices() {
    }

    public static void success(String key, Object... args) {
        show(translate(key, args), NotificationVariant.LUMO_SUCCESS, "ic-notice-success");
    }

    public static void error(String key, Object... args) {
        show(translate(key, args), NotificationVariant.LUMO_ERROR, "ic-notice-error");
    }

    public static void error(Message message) {
        error(message.key(), message.argsArray());
    }

    /** A service refused: its message in the user's words. */
    public static void refused(RuleException refusal) {
        error(refusal.message());
    }

    /**
     * Runs a service call for a user action. A refusal becomes a notice (never a stack trace); a concurrent change
     * says so. Returns whether the action went through.
     */
    public static boolean attempt(Runnable action) {
        return attempt(action, null);
    }

    /**
     * Like {@link #attempt(Runnable)}, with the service's field errors shown next to the form's fields; a refusal
     * that names no field of the form becomes a notice.
     */
    public static boolean attempt(Runnable action, FormErrors form) {
        if (form != null) {
            form.clear();
        }
        try {
            action.run();
            return true;
        } catch (RuleException refusal) {
            boolean shownOnFields = form != null && form.show(refusal);
            if (!shownOnFields) {
                refused(refusal);
            }
        } catch (OptimisticLockingFailureException concurrent) {
            error("error.concurrent");
        }
        return false;
    }

    private static String translate(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, args);
    }

    private static void show(String text, NotificationVariant variant, String className) {
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.addClassName("ic-notice");
        notification.addClassName(className);
    }
}
