package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import kr.innocluster.portal.seminar.SeminarRuleException;

/** Small shared pieces of the seminar views: status badges and the way refusals are shown. */
final class SeminarUi {

    static final String LOGIN_URL = "/oauth2/authorization/keycloak";

    private SeminarUi() {
    }

    static Span badge(Component owner, String key, String theme) {
        Span badge = new Span(owner.getTranslation(key));
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static Span registrationBadge(Component owner, String status) {
        String theme = switch (status) {
            case "CONFIRMED" -> "success";
            case "WAITLISTED" -> "contrast";
            default -> "error";
        };
        Span badge = badge(owner, "seminar.status." + status, theme);
        badge.addClassName("registration-status");
        return badge;
    }

    static Span seminarBadge(Component owner, String status) {
        String theme = switch (status) {
            case "PUBLISHED" -> "success";
            case "DRAFT" -> "contrast";
            default -> "error";
        };
        return badge(owner, "seminar.seminarStatus." + status, theme);
    }

    static void refused(Component owner, SeminarRuleException e) {
        Notification notification = Notification.show(owner.getTranslation(e.messageKey(), e.params()), 6000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("seminar-refused");
    }

    static void done(Component owner, String key, Object... params) {
        Notification notification = Notification.show(owner.getTranslation(key, params), 4000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Shows the service's field errors next to the fields (by field name). */
    static void showFieldErrors(Component owner, Map<String, ? extends HasValidation> fields, Map<String, String> errors) {
        fields.values().forEach(field -> field.setInvalid(false));
        errors.forEach((name, key) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(owner.getTranslation(key));
                field.setInvalid(true);
            }
        });
    }
}
