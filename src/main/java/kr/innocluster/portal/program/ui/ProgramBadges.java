package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import kr.innocluster.portal.program.ApplicationStatus;

/** The badges of the program views: an application's status, and plain badges in Lumo's badge themes. */
final class ProgramBadges {

    private ProgramBadges() {
    }

    static Span status(Component owner, ApplicationStatus status) {
        Span badge = badge(owner.getTranslation("program.status." + status.name()), switch (status) {
            case SELECTED, AGREED -> "badge success";
            case REJECTED, WITHDRAWN -> "badge error";
            case INCOMPLETE, DRAFT -> "badge contrast";
            default -> "badge";
        });
        badge.addClassName("program-application-status");
        return badge;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
