package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.grant.GrantDashboardService;
import kr.innocluster.portal.grant.GrantProjectService;
import kr.innocluster.portal.grant.OutcomeTotals;
import kr.innocluster.portal.grant.ProgramFigures;
import kr.innocluster.portal.security.Roles;

/**
 * Officials' dashboard: money agreed, paid, spent, allowed and recovered and reports due or late, per program and for
 * the cluster; outcomes before and after support; charts drawn on the server; an Excel export of the tables.
 */
@Route("grants/dashboard")
@RolesAllowed(Roles.OFFICIAL)
@Menu(order = 25, title = "menu.grantDashboard", icon = "vaadin:chart-3d")
class GrantDashboardView extends VerticalLayout implements HasDynamicTitle {

    GrantDashboardView(GrantDashboardService dashboard, GrantProjectService projects) {
        addClassName("grant-page");
        List<ProgramFigures> figures = dashboard.figures();
        var excel = Downloads.bytes(getTranslation("grant.dashboard.excel"), "post-award.xlsx",
                GrantDashboardService.XLSX, () -> dashboard.workbook(getLocale()));
        excel.setId("grant-dashboard-excel");
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("grant.dashboard.title")), excel);
        head.setAlignItems(Alignment.BASELINE);
        add(head, new H3(getTranslation("grant.dashboard.figures")));
        Grid<ProgramFigures> grid = new Grid<>();
        grid.setId("grant-dashboard-figures");
        grid.addColumn(f -> f.programTitle() == null ? getTranslation("grant.dashboard.cluster") : f.programTitle())
                .setHeader(getTranslation("grant.col.program")).setFlexGrow(1).setResizable(true);
        grid.addColumn(ProgramFigures::projects).setHeader(getTranslation("grant.col.projects")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        money(grid, ProgramFigures::agreed, "grant.col.agreed");
        money(grid, ProgramFigures::paid, "grant.col.paid");
        money(grid, ProgramFigures::spent, "grant.col.spent");
        money(grid, ProgramFigures::allowed, "grant.col.allowed");
        money(grid, ProgramFigures::recovered, "grant.col.recovered");
        grid.addColumn(ProgramFigures::reportsDue).setHeader(getTranslation("grant.col.reportsDue"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(ProgramFigures::reportsOverdue).setHeader(getTranslation("grant.col.reportsOverdue"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(f -> {
            if (f.programId() == null) {
                return new com.vaadin.flow.component.html.Span();
            }
            Button settings = new Button(getTranslation("grant.settings.title"),
                    click -> new SettingsDialog(projects, f.programId(), f.programTitle()).open());
            settings.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            return settings;
        }).setAutoWidth(true);
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(f -> f.programId() == null ? "grant-total-row" : null);
        add(grid);

        add(new H3(getTranslation("grant.dashboard.moneyChart")));
        List<String> series = List.of(getTranslation("grant.col.agreed"), getTranslation("grant.col.paid"),
                getTranslation("grant.col.spent"), getTranslation("grant.col.allowed"),
                getTranslation("grant.col.recovered"));
        List<String> groups = new ArrayList<>();
        List<long[]> values = new ArrayList<>();
        List<LongFunction<String>> formats = new ArrayList<>();
        for (ProgramFigures f : figures) {
            groups.add(f.programTitle() == null ? getTranslation("grant.dashboard.cluster") : f.programTitle());
            values.add(new long[] {f.agreed(), f.paid(), f.spent(), f.allowed(), f.recovered()});
            formats.add(Money::won);
        }
        BarChart money = new BarChart(groups, series, values, formats, false);
        money.setId("grant-money-chart");
        add(money);

        add(new H3(getTranslation("grant.dashboard.outcomeChart")));
        List<OutcomeTotals> outcomes = dashboard.outcomes(null);
        Optional<OutcomeTotals> before = outcomes.stream().filter(o -> o.yearNo() == 0).findFirst();
        Optional<OutcomeTotals> after = outcomes.stream().filter(o -> o.yearNo() > 0)
                .reduce((first, second) -> second);
        if (before.isEmpty() || after.isEmpty()) {
            add(ContractTab.hint(this, "grant.dashboard.noOutcomes"));
        } else {
            OutcomeTotals b = before.get();
            OutcomeTotals a = after.get();
            LongFunction<String> count = String::valueOf;
            LongFunction<String> won = Money::won;
            BarChart chart = new BarChart(
                    List.of(getTranslation("grant.outcome.sales"), getTranslation("grant.outcome.exports"),
                            getTranslation("grant.outcome.employees"), getTranslation("grant.outcome.newHires"),
                            getTranslation("grant.outcome.patents"), getTranslation("grant.outcome.investment"),
                            getTranslation("grant.outcome.products")),
                    List.of(getTranslation("grant.dashboard.before"), getTranslation("grant.dashboard.after")),
                    List.of(new long[] {b.sales(), a.sales()}, new long[] {b.exports(), a.exports()},
                            new long[] {b.employees(), a.employees()}, new long[] {b.newHires(), a.newHires()},
                            new long[] {b.patents(), a.patents()}, new long[] {b.investment(), a.investment()},
                            new long[] {b.products(), a.products()}),
                    List.of(won, won, count, count, count, won, count), true);
            chart.setId("grant-outcome-chart");
            add(chart);
        }
    }

    private static void money(Grid<ProgramFigures> grid, java.util.function.ToLongFunction<ProgramFigures> value,
                              String key) {
        grid.addColumn(f -> Money.won(value.applyAsLong(f))).setHeader(grid.getTranslation(key))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.grantDashboard") + " | " + getTranslation("app.name");
    }
}
