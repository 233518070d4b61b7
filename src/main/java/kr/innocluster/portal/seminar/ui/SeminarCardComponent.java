package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.seminar.SeminarCard;

/** A seminar as a card: title, when and where, and the remaining seats. Used on the list and the landing page. */
class SeminarCardComponent extends Composite<RouterLink> {

    SeminarCardComponent(SeminarCard seminar, DisplayZone zone) {
        RouterLink link = getContent();
        link.setRoute(SeminarDetailView.class, new RouteParameters("seminarId", String.valueOf(seminar.id())));
        link.addClassNames("card", "card-link", "seminar-card");
        link.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");

        Span when = new Span(VaadinIcon.CALENDAR.create(), new Span(" " + zone.formatDateTime(seminar.startsAt())));
        when.getStyle().set("color", "var(--lumo-primary-text-color)").set("font-weight", "600")
                .set("font-size", "var(--lumo-font-size-s)");
        H3 title = new H3(seminar.title());
        title.addClassName("seminar-card-title");
        Paragraph venue = new Paragraph(seminar.venue());
        Paragraph host = new Paragraph(seminar.host());
        Div seats = new Div(seatsBadge(seminar));
        seats.getStyle().set("margin-top", "auto").set("padding-top", "var(--lumo-space-s)");
        link.add(when, title, venue, host, seats);
    }

    private Span seatsBadge(SeminarCard seminar) {
        Span badge;
        if (!"PUBLISHED".equals(seminar.status())) {
            badge = SeminarUi.seminarBadge(this, seminar.status());
        } else if (seminar.remainingSeats() == 0) {
            badge = SeminarUi.badge(this, "seminar.list.full", "contrast");
        } else {
            badge = new Span(getTranslation("seminar.list.remaining", seminar.remainingSeats(), seminar.capacity()));
            badge.getElement().getThemeList().add(seminar.remainingSeats() <= 10 ? "badge error" : "badge success");
        }
        badge.addClassName("remaining-seats");
        return badge;
    }
}
