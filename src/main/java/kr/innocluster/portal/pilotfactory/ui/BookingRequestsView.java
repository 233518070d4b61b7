package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.pilotfactory.BookingDetailSection;
import kr.innocluster.portal.pilotfactory.BookingService;
import kr.innocluster.portal.pilotfactory.BookingStatus;
import kr.innocluster.portal.pilotfactory.BookingSummary;
import kr.innocluster.portal.pilotfactory.PilotFactoryService;
import kr.innocluster.portal.pilotfactory.ResourceSummary;
import kr.innocluster.portal.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Operators' desk: requests waiting for a decision (default), all bookings by state or resource, and bookings hit by a
 * blackout; approve, reject, cancel, check-in and no-show from the list.
 */
@Route("pilot-factory/requests")
@RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
@Menu(order = 42, title = "menu.pilotFactoryRequests", icon = "vaadin:check-square-o")
class BookingRequestsView extends VerticalLayout implements HasDynamicTitle {

    private static final String ALL = "ALL";

    private final Grid<BookingSummary> grid = new Grid<>();
    private final ObjectProvider<BookingDetailSection> detailSections;

    BookingRequestsView(BookingService bookings, PilotFactoryService factory, DisplayZone displayZone, Clock clock,
                        ObjectProvider<BookingDetailSection> detailSections) {
        this.detailSections = detailSections;
        setSizeFull();
        Select<String> status = new Select<>();
        status.setLabel(getTranslation("pf.col.status"));
        List<String> statuses = new ArrayList<>(List.of(ALL));
        for (BookingStatus s : BookingStatus.values()) {
            statuses.add(s.name());
        }
        status.setItems(statuses);
        status.setItemLabelGenerator(s -> ALL.equals(s) ? getTranslation("pf.requests.all")
                : getTranslation("pf.status." + s));
        status.setValue(BookingStatus.REQUESTED.name());
        status.setId("pf-status-filter");
        Select<Optional<ResourceSummary>> resource = new Select<>();
        resource.setLabel(getTranslation("pf.col.resource"));
        List<Optional<ResourceSummary>> resources = new ArrayList<>(List.of(Optional.empty()));
        factory.resources().forEach(r -> resources.add(Optional.of(r)));
        resource.setItems(resources);
        resource.setItemLabelGenerator(r -> r.map(ResourceSummary::name).orElse(getTranslation("pf.requests.all")));
        resource.setValue(Optional.empty());
        Checkbox conflicts = new Checkbox(getTranslation("pf.requests.onlyConflicts"));
        conflicts.setId("pf-only-conflicts");
        long flagged = bookings.count(null, null, true);
        Paragraph flaggedNote = new Paragraph(getTranslation("pf.requests.flagged", flagged));
        flaggedNote.setId("pf-flagged-note");
        flaggedNote.setVisible(flagged > 0);

        grid.setId("pf-requests");
        grid.addColumn(b -> When.of(displayZone, b.startsAt(), b.endsAt()))
                .setHeader(getTranslation("pf.col.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BookingSummary::resourceName).setHeader(getTranslation("pf.col.resource")).setAutoWidth(true);
        grid.addColumn(BookingSummary::companyName).setHeader(getTranslation("pf.col.company")).setAutoWidth(true);
        grid.addColumn(BookingSummary::solution).setHeader(getTranslation("pf.col.solution")).setFlexGrow(1)
                .setWidth("12rem");
        grid.addComponentColumn(StatusBadges::of).setHeader(getTranslation("pf.col.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(b -> new StaffBookingActions(bookings, b, clock, () -> grid.getDataProvider()
                .refreshAll())).setHeader(getTranslation("pf.col.actions")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setItemsPageable(pageable -> bookings.search(
                ALL.equals(status.getValue()) ? null : BookingStatus.valueOf(status.getValue()),
                resource.getValue().map(ResourceSummary::id).orElse(null), conflicts.getValue(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("startsAt")))
                .getContent());
        grid.setEmptyStateText(getTranslation("pf.requests.empty"));
        grid.setSizeFull();
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        resource.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        conflicts.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(status, resource, conflicts);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(flaggedNote, filters, grid);
    }

    private Component details(BookingSummary b) {
        Div details = new Div(new Paragraph(getTranslation("pf.col.requester") + ": " + b.requesterName()
                + (b.requesterEmail() == null ? "" : " <" + b.requesterEmail() + ">")),
                new Paragraph(getTranslation("pf.col.purpose") + ": " + b.purpose()),
                new Paragraph(getTranslation("pf.col.visitors") + ": " + b.visitors()));
        if (b.decisionReason() != null) {
            details.add(new Paragraph(getTranslation("pf.col.reason") + ": " + b.decisionReason()));
        }
        detailSections.orderedStream().sorted(Comparator.comparingInt(BookingDetailSection::order))
                .forEach(section -> section.create(b).ifPresent(details::add));
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.pilotFactoryRequests") + " | " + getTranslation("app.name");
    }
}
