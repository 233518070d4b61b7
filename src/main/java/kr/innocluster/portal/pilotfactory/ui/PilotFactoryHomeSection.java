package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.HomeSection;
import kr.innocluster.portal.base.ui.LoadFailureState;
import kr.innocluster.portal.pilotfactory.BookingService;
import kr.innocluster.portal.pilotfactory.BookingStatus;
import kr.innocluster.portal.pilotfactory.BookingSummary;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;

/**
 * On the home page: operators see how many requests wait and how many bookings a blackout hits; companies see their
 * next bookings.
 */
@org.springframework.stereotype.Component
class PilotFactoryHomeSection implements HomeSection {

    private final BookingService bookings;
    private final DisplayZone displayZone;

    PilotFactoryHomeSection(BookingService bookings, DisplayZone displayZone) {
        this.bookings = bookings;
        this.displayZone = displayZone;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        return user.hasRole(Roles.OPERATOR) || user.hasRole(Roles.COMPANY);
    }

    @Override
    public Component create(PortalUser user) {
        // a section that cannot load says so instead of "no bookings"
        return LoadFailureState.orFailure(() -> card(user), null);
    }

    private Component card(PortalUser user) {
        Div card = new Div();
        card.addClassNames("card", "pf-home");
        card.setWidthFull();
        card.add(new H3(card.getTranslation("menu.pilotFactory")));
        if (user.hasRole(Roles.OPERATOR)) {
            long waiting = bookings.count(BookingStatus.REQUESTED, null, false);
            long flagged = bookings.count(null, null, true);
            card.add(new Paragraph(card.getTranslation("pf.home.operator", waiting, flagged)),
                    link(card, "pf.home.toRequests", BookingRequestsView.class));
            return card;
        }
        List<BookingSummary> next = bookings.myUpcoming(3);
        if (next.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("pf.home.companyNone")));
        }
        for (BookingSummary b : next) {
            Div line = new Div(new Span(When.of(displayZone, b.startsAt(), b.endsAt()) + " · " + b.resourceName()
                    + " "), StatusBadges.status(b.status()));
            card.add(line);
        }
        card.add(link(card, "pf.home.toCalendar", FactoryCalendarView.class));
        return card;
    }

    private static RouterLink link(Div card, String key, Class<? extends com.vaadin.flow.component.Component> view) {
        RouterLink link = new RouterLink(card.getTranslation(key), view);
        link.addClassName("pf-home-link");
        return link;
    }
}
