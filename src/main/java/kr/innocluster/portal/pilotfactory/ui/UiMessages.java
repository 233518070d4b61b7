package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import kr.innocluster.portal.pilotfactory.BookingRuleException;
import kr.innocluster.portal.pilotfactory.PilotFactoryNotFoundException;

/** Short notices for the outcome of an action: a broken rule in the user's words, or a confirmation. */
final class UiMessages {

    private UiMessages() {
    }

    static String text(BookingRuleException e) {
        return UI.getCurrent().getTranslation(e.messageKey(), e.params());
    }

    static void error(BookingRuleException e) {
        show(text(e), NotificationVariant.LUMO_ERROR);
    }

    static void notFound(PilotFactoryNotFoundException e) {
        show(UI.getCurrent().getTranslation(e.messageKey()), NotificationVariant.LUMO_ERROR);
    }

    static void success(String key, Object... params) {
        show(UI.getCurrent().getTranslation(key, params), NotificationVariant.LUMO_SUCCESS);
    }

    /** Runs an action and turns the pilot factory's refusals into notices; returns whether it succeeded. */
    static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (BookingRuleException e) {
            error(e);
        } catch (PilotFactoryNotFoundException e) {
            notFound(e);
        }
        return false;
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
