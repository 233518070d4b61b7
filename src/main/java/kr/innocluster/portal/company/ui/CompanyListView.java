package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.company.CompanyDirectoryService;
import kr.innocluster.portal.company.CompanyFilter;
import kr.innocluster.portal.company.CompanyListItem;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.Sort;

/** The officials' list of every company: fuzzy search, filters, sort and paging in the database, exports. */
@Route("companies")
@RolesAllowed(Roles.OFFICIAL)
@Menu(order = 20, title = "menu.companies", icon = "vaadin:building")
class CompanyListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyDirectoryService directory;
    private final CompanyFilterBar filterBar;
    private final Grid<CompanyListItem> grid = new Grid<>();
    private final Span count = new Span();
    private final DisplayZone zone;
    private volatile CompanyFilter filter = CompanyFilter.any();
    /** The filter {@link #counted} was counted for: one count per page open or search, shared by grid and label. */
    private CompanyFilter countedFor;
    private long counted;

    CompanyListView(CompanyDirectoryService directory, DisplayZone zone) {
        this.directory = directory;
        this.zone = zone;
        addClassName("company-list");
        setSizeFull();
        filterBar = new CompanyFilterBar(newFilter -> {
            filter = newFilter;
            refresh();
        });
        count.setId("company-count");
        count.addClassName("company-result-count");
        HorizontalLayout toolbar = new HorizontalLayout(count, exportLink("xlsx", zone), exportLink("csv", zone));
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.expand(count);
        configureGrid();
        add(filterBar, toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("status").flatMap(CompanyListView::status)
                .ifPresentOrElse(filterBar::showStatus, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.companies") + " | " + getTranslation("app.name");
    }

    private void configureGrid() {
        grid.setId("company-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setMultiSort(true);
        grid.addColumn(c -> CompanyLabels.number(c.businessNumber())).setHeader(getTranslation("company.field.businessNumber"))
                .setSortProperty("businessNumber").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CompanyListItem::name).setHeader(getTranslation("company.field.name")).setSortProperty("name")
                .setWidth("12rem").setFlexGrow(1);
        grid.addColumn(c -> getTranslation("company.region." + c.region().name()))
                .setHeader(getTranslation("company.field.region")).setSortProperty("region").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CompanyListItem::ksicCode).setHeader(getTranslation("company.field.ksicCode"))
                .setSortProperty("ksicCode").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> String.format("%,d", c.employees())).setHeader(getTranslation("company.field.employees"))
                .setSortProperty("employees").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Money.won(c.annualRevenue())).setHeader(getTranslation("company.field.annualRevenue"))
                .setSortProperty("annualRevenue").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> CompanyLabels.statusBadge(c.status(), this::getTranslation))
                .setHeader(getTranslation("company.field.status")).setSortProperty("status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> zone.formatDate(c.createdAt())).setHeader(getTranslation("company.field.createdAt"))
                .setSortProperty("createdAt").setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> directory.search(filter, pageable), pageable -> count());
        grid.setEmptyStateText(getTranslation("company.list.empty"));
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui -> ui.navigate(CompanyPageView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id())))));
    }

    private void refresh() {
        countedFor = null; // a page open or a new search counts afresh, once
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("company.list.count", count()));
    }

    /**
     * The number of companies matching the current filter, counted once for it: the grid asks again after each
     * refresh and sort change, and the label shows the same figure. Sorting never changes the count; a new search
     * or page open ({@link #refresh()}) counts again.
     */
    private long count() {
        CompanyFilter current = filter;
        if (!current.equals(countedFor)) {
            counted = directory.count(current);
            countedFor = current;
        }
        return counted;
    }

    private Component exportLink(String format, DisplayZone zone) {
        CompanyExportFiles files = new CompanyExportFiles(this::getTranslation, zone);
        String fileName = "companies-" + LocalDate.now(zone.zoneId()) + "." + format;
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType("xlsx".equals(format)
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8");
            CompanyFilter current = filter;
            Consumer<Consumer<CompanyListItem>> rows = consumer ->
                    directory.forEachMatching(current, Sort.unsorted(), consumer);
            if ("xlsx".equals(format)) {
                files.xlsx(rows, event.getOutputStream());
            } else {
                files.csv(rows, event.getOutputStream());
            }
        }, "");
        link.setId("export-" + format);
        Button button = new Button(getTranslation("company.list.export." + format),
                ("xlsx".equals(format) ? VaadinIcon.FILE_TABLE : VaadinIcon.FILE_TEXT_O).create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        link.add(button);
        return link;
    }

    private static Optional<CompanyStatus> status(String value) {
        try {
            return Optional.of(CompanyStatus.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
