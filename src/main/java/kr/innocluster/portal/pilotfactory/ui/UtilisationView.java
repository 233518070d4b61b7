package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.innocluster.portal.pilotfactory.PilotFactoryService;
import kr.innocluster.portal.pilotfactory.ResourceSummary;
import kr.innocluster.portal.pilotfactory.UtilisationReport;
import kr.innocluster.portal.pilotfactory.UtilisationService;
import kr.innocluster.portal.security.Roles;

/** Utilisation of a resource in a month: key figures, weekday × hour heat map, daily chart, top companies, Excel. */
@Route("pilot-factory/utilisation")
@RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
@Menu(order = 44, title = "menu.pilotFactoryUtilisation", icon = "vaadin:chart-grid")
class UtilisationView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final UtilisationService utilisation;
    private final Select<ResourceSummary> resource = new Select<>();
    private final Select<YearMonth> month = new Select<>();
    private final Div content = new Div();

    UtilisationView(UtilisationService utilisation, PilotFactoryService factory, Clock clock) {
        this.utilisation = utilisation;
        addClassName("pf-utilisation");
        List<ResourceSummary> resources = factory.resources();
        if (resources.isEmpty()) {
            add(new Paragraph(getTranslation("pf.calendar.noResources")));
            return;
        }
        resource.setLabel(getTranslation("pf.col.resource"));
        resource.setItems(resources);
        resource.setItemLabelGenerator(ResourceSummary::name);
        resource.setValue(resources.getFirst());
        resource.setWidth("18rem");
        YearMonth current = YearMonth.now(clock);
        List<YearMonth> months = new ArrayList<>();
        for (int i = -11; i <= 2; i++) {
            months.add(current.plusMonths(i));
        }
        month.setLabel(getTranslation("pf.util.month"));
        month.setItems(months);
        month.setValue(current);
        Anchor excel = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = utilisation.excel(resource.getValue().id(), month.getValue());
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    "utilisation-" + resource.getValue().id() + "-" + month.getValue() + ".xlsx", XLSX, bytes.length);
        }), "");
        excel.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("pf.util.excel")));
        excel.setId("pf-excel");
        HorizontalLayout toolbar = new HorizontalLayout(resource, month, excel);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        resource.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        content.setWidthFull();
        add(toolbar, content);
        refresh();
    }

    private void refresh() {
        UtilisationReport report = utilisation.report(resource.getValue().id(), month.getValue());
        content.removeAll();
        Div figures = new Div(figure("pf.util.rate", percent(report.utilisation())),
                figure("pf.util.booked", hours(report.bookedHours())),
                figure("pf.util.available", hours(report.availableHours())),
                figure("pf.util.requested", hours(report.requestedHours())),
                figure("pf.util.noShowRate", percent(report.noShowRate()) + " (" + report.noShows() + "/"
                        + (report.noShows() + report.checkedIn()) + ")"),
                figure("pf.util.cancelledRejected", report.cancelled() + " / " + report.rejected()));
        figures.addClassName("pf-figures");
        Div top = new Div();
        top.addClassName("pf-top");
        if (report.topCompanies().isEmpty()) {
            top.add(new Paragraph(getTranslation("pf.util.noBookings")));
        }
        for (UtilisationReport.CompanyUse use : report.topCompanies()) {
            Div line = new Div(new Span(use.companyName()), new Span(getTranslation("pf.util.companyHours",
                    hours(use.hours()), use.bookings())));
            line.addClassName("pf-top-line");
            top.add(line);
        }
        content.add(figures, new H3(getTranslation("pf.util.heat")), new HeatMap(report),
                new H3(getTranslation("pf.util.daily")), new DailyChart(report),
                new H3(getTranslation("pf.util.topCompanies")), top);
    }

    private static Div figure(String key, String value) {
        Div figure = new Div();
        figure.addClassNames("card", "pf-figure");
        Span number = new Span(value);
        number.addClassName("pf-figure-value");
        Span label = new Span();
        label.addClassName("pf-figure-label");
        figure.add(number, label);
        figure.getElement().setAttribute("data-key", key);
        label.setText(com.vaadin.flow.component.UI.getCurrent().getTranslation(key));
        return figure;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    private static String hours(double value) {
        return String.format(Locale.ROOT, "%.1f h", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.pilotFactoryUtilisation") + " | " + getTranslation("app.name");
    }
}
