package kr.innocluster.portal.securitylog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.securitylog.SecurityEventKind;
import kr.innocluster.portal.securitylog.SecurityLog;
import kr.innocluster.portal.securitylog.SecurityLogEntry;
import kr.innocluster.portal.securitylog.SecurityLogFilter;

/**
 * The security and privacy log for officials and administrators: who signed in, who was refused what, who changed
 * whose roles, who looked at or exported personal data; searchable by period, kind, account and text, exportable.
 */
@Route("security-log")
@RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
@Menu(order = 76, title = "menu.securityLog", icon = "vaadin:shield")
class SecurityLogView extends VerticalLayout implements HasDynamicTitle {

    private final SecurityLog securityLog;
    private final DisplayZone zone;
    private final Grid<SecurityLogEntry> grid = new Grid<>();
    private final Span count = new Span();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<SecurityEventKind> kind = new Select<>();
    private final TextField account = new TextField();
    private final TextField text = new TextField();
    private volatile SecurityLogFilter filter = SecurityLogFilter.any();

    SecurityLogView(SecurityLog securityLog, DisplayZone zone) {
        this.securityLog = securityLog;
        this.zone = zone;
        addClassName("securitylog-view");
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("securitylog.intro"));
        intro.addClassName("securitylog-intro");
        count.setId("securitylog-count");
        count.addClassName("result-count");
        HorizontalLayout toolbar = new HorizontalLayout(count, exportLink());
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.expand(count);
        configureGrid();
        add(intro, filterBar(), toolbar, grid);
        refresh();
    }

    private Component filterBar() {
        from.setId("securitylog-from");
        from.setLabel(getTranslation("securitylog.filter.from"));
        to.setId("securitylog-to");
        to.setLabel(getTranslation("securitylog.filter.to"));
        kind.setId("securitylog-kind");
        kind.setLabel(getTranslation("securitylog.filter.kind"));
        kind.setItems(SecurityEventKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("securitylog.filter.anyKind"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("securitylog.filter.anyKind") : label(k));
        account.setId("securitylog-account");
        account.setLabel(getTranslation("securitylog.filter.account"));
        account.setPlaceholder(getTranslation("securitylog.filter.account.placeholder"));
        account.setClearButtonVisible(true);
        account.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("securitylog-text");
        text.setLabel(getTranslation("securitylog.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());
        kind.addValueChangeListener(e -> applyFilter());
        account.addValueChangeListener(e -> applyFilter());
        text.addValueChangeListener(e -> applyFilter());
        HorizontalLayout bar = new HorizontalLayout(from, to, kind, account, text);
        bar.addClassName("securitylog-filters");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void configureGrid() {
        grid.setId("securitylog-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.addColumn(e -> zone.formatDateTime(e.occurredAt())).setHeader(getTranslation("securitylog.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> account(e.accountId(), e.accountName()))
                .setHeader(getTranslation("securitylog.column.account")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::kindBadge).setHeader(getTranslation("securitylog.column.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SecurityLogEntry::target).setHeader(getTranslation("securitylog.column.target"))
                .setFlexGrow(1).setTooltipGenerator(SecurityLogEntry::target);
        grid.addComponentColumn(e -> account(e.recordId(), e.recordName()))
                .setHeader(getTranslation("securitylog.column.record")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.subjects() == null ? "" : String.valueOf(e.subjects()))
                .setHeader(getTranslation("securitylog.column.subjects")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SecurityLogEntry::remoteAddress).setHeader(getTranslation("securitylog.column.address"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> securityLog.search(filter, pageable), pageable -> securityLog.count(filter));
        grid.setEmptyStateText(getTranslation("securitylog.empty"));
    }

    /** An account shown by its username where the portal knows it, the id in the tooltip either way. */
    private Component account(String id, String name) {
        Span span = new Span(name != null ? name : shortId(id));
        span.addClassName(name != null ? "securitylog-account" : "securitylog-id");
        if (id != null) {
            span.setTitle(id);
        }
        return span;
    }

    private static String shortId(String id) {
        return id == null ? "" : id.length() > 13 ? id.substring(0, 8) + "…" : id;
    }

    private Span kindBadge(SecurityLogEntry entry) {
        Span badge = new Span(label(entry.kind()));
        badge.getElement().getThemeList().add(switch (entry.kind()) {
            case ACCESS_DENIED -> "badge error small";
            case ROLE_GRANTED, ROLE_REVOKED -> "badge contrast small";
            case SIGN_IN -> "badge success small";
            default -> "badge small";
        });
        badge.addClassName("securitylog-kind");
        return badge;
    }

    private String label(SecurityEventKind kind) {
        return getTranslation("securitylog.kind." + kind.name());
    }

    private void applyFilter() {
        filter = new SecurityLogFilter(from.getValue(), to.getValue(), kind.getValue(), account.getValue(),
                text.getValue());
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("securitylog.count", securityLog.count(filter)));
    }

    private Component exportLink() {
        SecurityLogWorkbook workbook = new SecurityLogWorkbook(this::getTranslation, zone);
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName("security-log-" + LocalDate.now(zone.zoneId()) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            SecurityLogFilter current = filter;
            workbook.write(consumer -> securityLog.forEachMatching(current, consumer), event.getOutputStream());
        }, "");
        link.setId("securitylog-export");
        Button button = new Button(getTranslation("securitylog.export"), VaadinIcon.FILE_TABLE.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        link.add(button);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.securityLog") + " | " + getTranslation("app.name");
    }
}
