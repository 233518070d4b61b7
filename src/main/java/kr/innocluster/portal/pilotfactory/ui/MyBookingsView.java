package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.LoadFailureState;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.pilotfactory.BookingService;
import kr.innocluster.portal.pilotfactory.BookingSummary;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A company's own bookings: state, decision reason, calendar file, and cancelling up to the lead time. */
@Route("pilot-factory/my")
@RolesAllowed(Roles.COMPANY)
@Menu(order = 41, title = "menu.pilotFactoryMine", icon = "vaadin:calendar-user")
class MyBookingsView extends VerticalLayout implements HasDynamicTitle {

    private final BookingService bookings;
    private final Grid<BookingSummary> grid = new Grid<>();

    MyBookingsView(BookingService bookings, DisplayZone displayZone) {
        this.bookings = bookings;
        setSizeFull();
        grid.setId("pf-my-bookings");
        grid.addColumn(b -> When.of(displayZone, b.startsAt(), b.endsAt()))
                .setHeader(getTranslation("pf.col.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BookingSummary::resourceName).setHeader(getTranslation("pf.col.resource")).setAutoWidth(true);
        grid.addColumn(BookingSummary::solution).setHeader(getTranslation("pf.col.solution")).setFlexGrow(1);
        grid.addComponentColumn(StatusBadges::of).setHeader(getTranslation("pf.col.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("pf.col.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        // a failed load says so; the empty state ("no bookings yet") only when there really are none
        var loading = LoadFailureState.guard(grid, getTranslation("pf.my.empty"));
        grid.setItemsPageable(pageable -> loading.load(() -> bookings.myBookings(PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "startsAt")))
                .getContent()));
        grid.setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("pf.my.hint"));
        hint.addClassName("field-hint");
        add(hint, grid);
    }

    private Component actions(BookingSummary b) {
        HorizontalLayout actions = new HorizontalLayout(new CalendarFileLink(bookings, b.id()));
        actions.setAlignItems(Alignment.CENTER);
        if (b.status().holdsSlot()) {
            Button cancel = new Button(getTranslation("pf.action.cancel"), click -> new ReasonDialog(
                    getTranslation("pf.action.cancel"), getTranslation("pf.my.cancelText"),
                    getTranslation("pf.confirm"), false, true, reason -> Notices.attempt(() -> {
                        bookings.cancelMine(b.id(), reason);
                        Notices.success("pf.action.cancelled");
                        grid.getDataProvider().refreshAll();
                    })).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(cancel);
        }
        return actions;
    }

    private Component details(BookingSummary b) {
        Div details = new Div(new Paragraph(getTranslation("pf.col.purpose") + ": " + b.purpose()),
                new Paragraph(getTranslation("pf.col.visitors") + ": " + b.visitors()));
        if (b.decisionReason() != null) {
            details.add(new Paragraph(getTranslation("pf.col.reason") + ": " + b.decisionReason()));
        }
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.pilotFactoryMine") + " | " + getTranslation("app.name");
    }
}
