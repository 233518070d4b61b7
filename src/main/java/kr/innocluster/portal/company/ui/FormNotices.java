package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short notices shared by the company forms, in the user's language. */
final class FormNotices {

    private FormNotices() {
    }

    static void invalid(Component source) {
        error(source, "company.form.invalid");
    }

    static void error(Component source, String key) {
        Notification notification = Notification.show(source.getTranslation(key), 6000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("form-notice");
    }

    static void success(Component source, String key) {
        Notification.show(source.getTranslation(key), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
