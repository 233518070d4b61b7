package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.pilotfactory.BookingService;
import kr.innocluster.portal.pilotfactory.CalendarMode;
import kr.innocluster.portal.pilotfactory.FactoryCalendarService;
import kr.innocluster.portal.pilotfactory.FreeSlot;
import kr.innocluster.portal.pilotfactory.PilotFactoryService;
import kr.innocluster.portal.pilotfactory.ResourceCalendar;
import kr.innocluster.portal.pilotfactory.ResourceSummary;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;

/**
 * The pilot factory's calendar per resource, by week or month: free, requested, approved, booked and blacked-out time.
 * Companies request time by clicking a free slot or through the free-slot search; staff see who booked.
 */
@Route("pilot-factory")
@RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
@Menu(order = 40, title = "menu.pilotFactory", icon = "vaadin:factory")
class FactoryCalendarView extends VerticalLayout implements HasDynamicTitle {

    private final PilotFactoryService factory;
    private final FactoryCalendarService calendars;
    private final BookingService bookings;
    private final DisplayZone displayZone;
    private final boolean canBook;
    private final Select<ResourceSummary> resource = new Select<>();
    private final RadioButtonGroup<CalendarMode> mode = new RadioButtonGroup<>();
    private final Span period = new Span();
    private final Div info = new Div();
    private final Div calendarHolder = new Div();
    private LocalDate anchor;

    FactoryCalendarView(PilotFactoryService factory, FactoryCalendarService calendars, BookingService bookings,
                        DisplayZone displayZone, CurrentUser currentUser, Clock clock) {
        this.factory = factory;
        this.calendars = calendars;
        this.bookings = bookings;
        this.displayZone = displayZone;
        this.canBook = currentUser.require().hasRole(Roles.COMPANY);
        this.anchor = LocalDate.now(clock.withZone(displayZone.zoneId()));
        addClassName("pf-calendar-page");
        setWidthFull();

        List<ResourceSummary> resources = factory.resources().stream().filter(ResourceSummary::active).toList();
        if (resources.isEmpty()) {
            add(new Paragraph(getTranslation("pf.calendar.noResources")));
            return;
        }
        resource.setLabel(getTranslation("pf.calendar.resource"));
        resource.setItems(resources);
        resource.setItemLabelGenerator(ResourceSummary::name);
        resource.setValue(resources.getFirst());
        resource.setId("pf-resource-select");
        resource.setWidth("18rem");
        resource.addValueChangeListener(e -> refresh());
        mode.setItems(CalendarMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        mode.setValue(CalendarMode.WEEK);
        mode.setId("pf-mode");
        mode.addValueChangeListener(e -> refresh());
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> move(-1));
        previous.setAriaLabel(getTranslation("pf.calendar.previous"));
        previous.setId("pf-previous");
        Button today = new Button(getTranslation("pf.calendar.today"),
                click -> {
                    anchor = LocalDate.now(clock.withZone(displayZone.zoneId()));
                    refresh();
                });
        today.setId("pf-today");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> move(1));
        next.setAriaLabel(getTranslation("pf.calendar.next"));
        next.setId("pf-next");
        period.addClassName("pf-period");
        HorizontalLayout toolbar = new HorizontalLayout(resource, mode, previous, today, next, period);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("pf-toolbar");

        calendarHolder.addClassName("pf-calendar-holder");
        info.addClassName("pf-resource-info");
        Div main = new Div(toolbar, legend(), info, calendarHolder);
        main.addClassName("pf-main");
        FreeSlotSearch search = new FreeSlotSearch(calendars, resources, anchor, displayZone, this::showFound,
                canBook);
        Div layout = new Div(main, search);
        layout.addClassName("pf-layout");
        add(layout);
        refresh();
    }

    private void move(int step) {
        anchor = mode.getValue().move(anchor, step);
        refresh();
    }

    private void refresh() {
        ResourceSummary selected = resource.getValue();
        info.removeAll();
        info.add(new ResourceInfo(selected, factory));
        calendarHolder.removeAll();
        if (mode.getValue() == CalendarMode.WEEK) {
            LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            ResourceCalendar calendar = calendars.calendar(selected.id(), monday, monday.plusDays(7));
            period.setText(DisplayZone.DATE.format(monday) + " ~ " + DisplayZone.DATE.format(monday.plusDays(6)));
            calendarHolder.add(new WeekCalendar(calendar, monday, displayZone.zoneId(),
                    canBook ? start -> openBooking(start, start.plus(Duration.ofMinutes(selected.minMinutes())))
                            : null));
        } else {
            YearMonth month = YearMonth.from(anchor);
            LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1);
            ResourceCalendar calendar = calendars.calendar(selected.id(), first, last);
            period.setText(month.toString());
            calendarHolder.add(new MonthCalendar(calendar, month, displayZone.zoneId(), day -> {
                anchor = day;
                mode.setValue(CalendarMode.WEEK);
            }));
        }
    }

    private void openBooking(Instant start, Instant end) {
        new BookingDialog(bookings, resource.getValue(), start, end, displayZone.zoneId(), this::refresh).open();
    }

    private void showFound(FreeSlot slot) {
        resource.getListDataView().getItems().filter(r -> r.id() == slot.resourceId()).findFirst()
                .ifPresent(resource::setValue);
        anchor = slot.startsAt().atZone(displayZone.zoneId()).toLocalDate();
        mode.setValue(CalendarMode.WEEK);
        refresh();
        if (canBook) {
            openBooking(slot.startsAt(), slot.endsAt());
        }
    }

    /** The colour key: static text, so one HTML fragment rather than three components per entry. */
    private Div legend() {
        Markup html = new Markup(1024);
        for (String kind : List.of("free", "requested", "approved", "booked", "blackout", "past", "closed")) {
            html.raw("<span class=\"pf-legend-item\"><span class=\"pf-swatch pf-").raw(kind).raw("\"></span><span>")
                    .text(getTranslation("pf.legend." + kind)).raw("</span></span>");
        }
        Div legend = new Div();
        legend.addClassName("pf-legend");
        legend.getElement().setProperty("innerHTML", html.toString());
        return legend;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.pilotFactory") + " | " + getTranslation("app.name");
    }
}
