package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import kr.innocluster.portal.seminar.RegistrationStatus;
import kr.innocluster.portal.seminar.SeminarStatus;

/** Small shared pieces of the seminar views: the status badges and the sign-in address. */
final class SeminarUi {

    static final String LOGIN_URL = "/oauth2/authorization/keycloak";

    private SeminarUi() {
    }

    /** A Lumo badge with a translated text; {@code theme} is the badge variant (success, error, contrast ...). */
    static Span badge(Component owner, String key, String theme, Object... args) {
        Span badge = new Span(owner.getTranslation(key, args));
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static Span registrationBadge(Component owner, RegistrationStatus status) {
        String theme = switch (status) {
            case CONFIRMED -> "success";
            case WAITLISTED -> "contrast";
            case CANCELLED -> "error";
        };
        Span badge = badge(owner, "seminar.status." + status.name(), theme);
        badge.addClassName("seminar-registration-status");
        return badge;
    }

    static Span seminarBadge(Component owner, SeminarStatus status) {
        String theme = switch (status) {
            case PUBLISHED -> "success";
            case DRAFT -> "contrast";
            case CANCELLED -> "error";
        };
        Span badge = badge(owner, "seminar.seminarStatus." + status.name(), theme);
        badge.addClassName("seminar-status");
        return badge;
    }
}
