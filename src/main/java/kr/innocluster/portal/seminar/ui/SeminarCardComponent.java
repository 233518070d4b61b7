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
import kr.innocluster.portal.seminar.SeminarStatus;

/** A seminar as a card: title, when and where, and the remaining seats. Used on the list and the landing page. */
class SeminarCardComponent extends Composite<RouterLink> {

    /** From this many free seats down, the badge warns that the seminar is nearly full. */
    private static final int FEW_SEATS = 10;

    SeminarCardComponent(SeminarCard seminar, DisplayZone zone) {
        RouterLink link = getContent();
        link.setRoute(SeminarDetailView.class, new RouteParameters("seminarId", String.valueOf(seminar.id())));
        link.addClassNames("card", "card-link", "seminar-card");

        Span when = new Span(VaadinIcon.CALENDAR.create(), new Span(zone.formatDateTime(seminar.startsAt())));
        when.addClassName("seminar-card-when");
        Div seats = new Div(seatsBadge(seminar));
        seats.addClassName("seminar-card-seats");
        link.add(when, new H3(seminar.title()), new Paragraph(seminar.venue()), new Paragraph(seminar.host()), seats);
    }

    private Span seatsBadge(SeminarCard seminar) {
        if (seminar.status() != SeminarStatus.PUBLISHED) {
            return SeminarUi.seminarBadge(this, seminar.status());
        }
        if (seminar.remainingSeats() == 0) {
            return SeminarUi.badge(this, "seminar.list.full", "contrast");
        }
        return SeminarUi.badge(this, "seminar.list.remaining", seminar.remainingSeats() <= FEW_SEATS ? "error" : "success",
                seminar.remainingSeats(), seminar.capacity());
    }
}
