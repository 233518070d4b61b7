package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.grant.AgreementVersion;
import kr.innocluster.portal.grant.BudgetLineView;
import kr.innocluster.portal.grant.KpiView;
import kr.innocluster.portal.grant.ProjectDetails;
import kr.innocluster.portal.grant.ProjectStatus;

/** The agreement in force: terms, budget lines, KPIs, both confirmations, the PDF and the kept versions. */
class ContractTab extends VerticalLayout {

    ContractTab(GrantServices services, ProjectDetails d, DisplayZone zone, boolean official, GrantProjectView page) {
        setPadding(false);
        Div terms = new Div();
        terms.addClassName("grant-terms");
        term(terms, "grant.contract.period", d.summary().periodStart() + " ~ " + d.summary().periodEnd());
        term(terms, "grant.contract.grant", Money.won(d.summary().governmentGrant()));
        term(terms, "grant.contract.ownCash", Money.won(d.ownCash()));
        term(terms, "grant.contract.ownInKind", Money.won(d.ownInKind()));
        term(terms, "grant.contract.total", Money.won(d.total()));
        long own = d.ownContribution();
        term(terms, "grant.contract.own", getTranslation("grant.contract.shares",
                percent(own, d.total()), d.settings().minOwnPercent(), percent(d.ownCash(), own),
                d.settings().minCashPercent()));
        term(terms, "grant.contract.vat", getTranslation(d.deductsInputVat() ? "grant.vat.deducts"
                : "grant.vat.notDeducts"));
        add(terms);

        add(new H3(getTranslation("grant.contract.lines")));
        Grid<BudgetLineView> lines = new Grid<>();
        lines.setId("grant-contract-lines");
        lines.addColumn(BudgetLineView::category).setHeader(getTranslation("grant.col.category")).setFlexGrow(1);
        lines.addColumn(l -> Money.won(l.grantAmount())).setHeader(getTranslation("grant.col.grant"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> Money.won(l.ownAmount())).setHeader(getTranslation("grant.col.own"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> Money.won(l.budget())).setHeader(getTranslation("grant.col.budget"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.setItems(d.lines());
        lines.setAllRowsVisible(true);
        add(lines);

        add(new H3(getTranslation("grant.contract.kpis")));
        Grid<KpiView> kpis = new Grid<>();
        kpis.setId("grant-kpis");
        kpis.addColumn(KpiView::name).setHeader(getTranslation("grant.contract.kpiName")).setFlexGrow(2);
        kpis.addColumn(KpiView::target).setHeader(getTranslation("grant.contract.kpiTarget")).setFlexGrow(1);
        kpis.addColumn(k -> k.achieved() == null ? "-" : k.achieved())
                .setHeader(getTranslation("grant.contract.kpiAchieved")).setFlexGrow(1);
        kpis.setItems(d.kpis());
        kpis.setAllRowsVisible(true);
        add(kpis);

        if (d.goals() != null && !d.goals().isBlank()) {
            add(new H3(getTranslation("grant.contract.goals")));
            Pre goals = new Pre(d.goals());
            goals.addClassName("grant-goals");
            add(goals);
        }

        add(new H3(getTranslation("grant.contract.confirmations")));
        add(new Paragraph(d.companyConfirmedAt() == null ? getTranslation("grant.contract.companyPending")
                : getTranslation("grant.contract.companyConfirmed", d.companyConfirmedBy(),
                        zone.formatDateTime(d.companyConfirmedAt()))));
        add(new Paragraph(d.officialConfirmedAt() == null ? getTranslation("grant.contract.officialPending")
                : getTranslation("grant.contract.officialConfirmed", d.officialConfirmedBy(),
                        zone.formatDateTime(d.officialConfirmedAt()))));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(Alignment.CENTER);
        if (d.status() == ProjectStatus.CONTRACTING) {
            boolean mine = official ? d.officialConfirmedAt() == null : d.companyConfirmedAt() == null;
            if (mine) {
                Button confirm = new Button(getTranslation("grant.contract.confirm"), click -> Notices.attempt(() -> {
                    services.projects().confirmContract(d.id());
                    Notices.success("grant.contract.confirmed");
                    page.refresh();
                }));
                confirm.setId("grant-contract-confirm");
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(confirm);
            }
            if (official) {
                Button edit = new Button(getTranslation("grant.contract.edit"),
                        click -> new ContractDialog(services.projects(), d, page::refresh).open());
                edit.setId("grant-contract-edit");
                actions.add(edit);
            }
        }
        actions.add(Downloads.bytes(getTranslation("grant.contract.pdf"), "agreement-" + d.id() + ".pdf",
                "application/pdf", () -> services.projects().contractPdf(d.id())));
        actions.getComponentAt(actions.getComponentCount() - 1).setId("grant-contract-pdf");
        add(actions);

        var versions = services.projects().versions(d.id());
        if (!versions.isEmpty()) {
            add(new H3(getTranslation("grant.contract.versions")));
            Div list = new Div();
            list.addClassName("grant-versions");
            for (AgreementVersion v : versions) {
                list.add(new Paragraph(getTranslation("grant.contract.version", v.version(),
                        zone.formatDateTime(v.createdAt()), v.periodEnd(), v.lines())
                        + (v.note() == null ? "" : " · " + v.note())));
            }
            add(list);
        }
    }

    private void term(Div terms, String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("grant-term-label");
        Span v = new Span(value);
        v.addClassName("grant-term-value");
        terms.add(label, v);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "0" : String.format(Locale.ROOT, "%.1f", part * 100.0 / whole);
    }

    static Component hint(Component owner, String key, Object... args) {
        Paragraph p = new Paragraph(owner.getTranslation(key, args));
        p.addClassName("grant-hint");
        return p;
    }
}
