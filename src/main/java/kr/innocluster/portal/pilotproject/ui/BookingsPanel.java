package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.pilotfactory.BookingSummary;
import kr.innocluster.portal.pilotproject.AttachedBooking;
import kr.innocluster.portal.pilotproject.PilotProjectService;
import kr.innocluster.portal.pilotproject.ProjectDetails;

/** The bookings serving the project; the company attaches its live bookings here (or books new time first). */
class BookingsPanel extends Div {

    BookingsPanel(PilotProjectService projects, ProjectDetails p, DisplayZone zone, Runnable refresh) {
        addClassNames("card", "pp-card");
        setId("pp-bookings-card");
        add(new H3(getTranslation("pp.bookings.title")));
        Grid<AttachedBooking> grid = new Grid<>();
        grid.setId("pp-bookings");
        grid.addColumn(b -> zone.formatDateTime(b.startsAt()) + " ~ " + zone.formatDateTime(b.endsAt()))
                .setHeader(getTranslation("pp.bookings.when")).setAutoWidth(true);
        grid.addColumn(AttachedBooking::resourceName).setHeader(getTranslation("pp.bookings.resource"))
                .setFlexGrow(1);
        grid.addColumn(b -> b.status() == null ? "-" : getTranslation("pf.status." + b.status().name()))
                .setHeader(getTranslation("pp.bookings.status")).setAutoWidth(true);
        grid.addColumn(b -> getTranslation(b.runLogged() ? "pp.bookings.logged" : "pp.bookings.notLogged"))
                .setHeader(getTranslation("pp.bookings.run")).setAutoWidth(true);
        grid.setItems(p.bookings());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("pp.bookings.empty"));
        add(grid);
        if (p.mine() && p.status().open()) {
            Select<BookingSummary> choice = new Select<>();
            choice.setId("pp-attach-select");
            choice.setLabel(getTranslation("pp.bookings.attachLabel"));
            choice.setItems(projects.attachableBookings(p.id()));
            choice.setItemLabelGenerator(b -> zone.formatDateTime(b.startsAt()) + " " + b.resourceName() + " ("
                    + getTranslation("pf.status." + b.status().name()) + ")");
            choice.setEmptySelectionAllowed(false);
            choice.setWidth("28rem");
            FormErrors errors = new FormErrors().bind("booking", choice);
            Button attach = new Button(getTranslation("pp.bookings.attach"), e -> {
                if (choice.getValue() == null) {
                    return;
                }
                if (Notices.attempt(() -> projects.attachBooking(p.id(), choice.getValue().id()), errors)) {
                    Notices.success("pp.bookings.attached");
                    refresh.run();
                }
            });
            attach.setId("pp-attach");
            Anchor book = new Anchor("pilot-factory", getTranslation("pp.bookings.bookMore"));
            book.setId("pp-book-more");
            HorizontalLayout row = new HorizontalLayout(choice, attach, book);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("pp-actions");
            add(row);
        }
    }
}
