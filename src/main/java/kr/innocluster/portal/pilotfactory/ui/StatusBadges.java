package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import kr.innocluster.portal.pilotfactory.Attendance;
import kr.innocluster.portal.pilotfactory.BookingStatus;
import kr.innocluster.portal.pilotfactory.BookingSummary;

/** Lumo badges for booking states and attendance. */
final class StatusBadges {

    private StatusBadges() {
    }

    /** The state of a booking with its attendance and a blackout flag, side by side. */
    static HorizontalLayout of(BookingSummary b) {
        HorizontalLayout badges = new HorizontalLayout(status(b.status()));
        badges.setSpacing(false);
        badges.addClassName("pf-badges");
        if (b.attendance() != null) {
            badges.add(attendance(b.attendance()));
        }
        if (b.blackoutConflict()) {
            badges.add(conflict());
        }
        return badges;
    }

    static Span status(BookingStatus status) {
        String theme = switch (status) {
            case REQUESTED -> "badge";
            case APPROVED -> "badge success";
            case REJECTED -> "badge error";
            case CANCELLED -> "badge contrast";
        };
        return badge("pf.status." + status, theme, "pf-status-" + status.name().toLowerCase());
    }

    static Span attendance(Attendance attendance) {
        return badge("pf.attendance." + attendance,
                attendance == Attendance.CHECKED_IN ? "badge success small" : "badge error small",
                "pf-attendance-" + attendance.name().toLowerCase());
    }

    static Span conflict() {
        return badge("pf.blackoutConflict", "badge error small", "pf-conflict");
    }

    private static Span badge(String key, String theme, String className) {
        Span badge = new Span(UI.getCurrent().getTranslation(key));
        badge.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        badge.addClassName(className);
        return badge;
    }
}
