package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.grant.ProjectDetails;
import kr.innocluster.portal.grant.ProjectStatus;
import kr.innocluster.portal.grant.Settlement;

/**
 * 정산: the official enters the interest, sees the calculation with the rule next to the figure and settles; once
 * settled, both sides see the statement and its PDF.
 */
class SettlementTab extends VerticalLayout {

    private final Div result = new Div();

    SettlementTab(GrantServices services, ProjectDetails d, DisplayZone zone, boolean official, GrantProjectView page) {
        setPadding(false);
        result.addClassName("grant-settlement");
        if (d.status().settled()) {
            Settlement s = services.settlement().statement(d.id());
            add(new H3(getTranslation("grant.settlement.statement")));
            add(new Paragraph(getTranslation("grant.settlement.settledBy", d.settledBy(),
                    zone.formatDateTime(d.settledAt()))));
            show(s);
            add(result);
            var pdf = Downloads.bytes(getTranslation("grant.settlement.pdf"), "settlement-" + d.id() + ".pdf",
                    "application/pdf", () -> services.settlement().statementPdf(d.id()));
            pdf.setId("grant-statement-pdf");
            add(pdf);
            return;
        }
        add(ContractTab.hint(this, "grant.settlement.hint"));
        if (!official || d.status() != ProjectStatus.ACTIVE) {
            add(new Paragraph(getTranslation("grant.settlement.notYet")));
            return;
        }
        WonField interest = new WonField(getTranslation("grant.settlement.interest"));
        interest.setValue(0L);
        interest.setId("grant-settlement-interest");
        TextField note = new TextField(getTranslation("grant.settlement.note"));
        note.setId("grant-settlement-note");
        note.setWidth("24rem");
        FormErrors errors = new FormErrors().bind("interest", interest);
        Button preview = new Button(getTranslation("grant.settlement.preview"), click -> Notices.attempt(
                () -> show(services.settlement().preview(d.id(), interest.valueOrZero())), errors));
        preview.setId("grant-settlement-preview");
        Button settle = new Button(getTranslation("grant.settlement.settle"), click -> {
            Settlement s = services.settlement().preview(d.id(), interest.valueOrZero());
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("grant.settlement.confirmTitle"),
                    getTranslation("grant.settlement.confirmText", Money.won(s.recovery())),
                    getTranslation("grant.settlement.settle"), event -> Notices.attempt(() -> {
                        services.settlement().settle(d.id(), interest.valueOrZero(), note.getValue());
                        Notices.success("grant.settlement.settled");
                        page.refresh();
                    }, errors));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("grant.action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        settle.setId("grant-settlement-settle");
        settle.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout form = new HorizontalLayout(interest, note, preview, settle);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        add(form, result);
        show(services.settlement().preview(d.id(), 0));
    }

    private void show(Settlement s) {
        result.removeAll();
        Grid<Settlement.Line> lines = new Grid<>();
        lines.setId("grant-settlement-lines");
        lines.addColumn(Settlement.Line::category).setHeader(getTranslation("grant.col.category")).setFlexGrow(1);
        money(lines, Settlement.Line::grantAmount, "grant.col.grant");
        money(lines, Settlement.Line::budget, "grant.col.budget");
        money(lines, Settlement.Line::allowed, "grant.col.allowed");
        money(lines, Settlement.Line::disallowed, "grant.col.disallowed");
        money(lines, Settlement.Line::grantShare, "grant.col.grantShare");
        money(lines, Settlement.Line::unspentGovernmentShare, "grant.col.unspentShare");
        money(lines, Settlement.Line::disallowedGovernmentShare, "grant.col.disallowedShare");
        lines.setItems(s.lines());
        lines.setAllRowsVisible(true);
        Div totals = new Div();
        totals.addClassName("grant-terms");
        total(totals, "grant.settlement.paid", s.paid(), null);
        total(totals, "grant.settlement.entitled", s.entitled(), null);
        total(totals, "grant.settlement.unspentShare", s.unspentGovernmentShare(), null);
        total(totals, "grant.settlement.disallowedShare", s.disallowedGovernmentShare(), null);
        total(totals, "grant.settlement.interest", s.interest(), null);
        total(totals, "grant.settlement.recovery", s.recovery(), "grant-recovery");
        if (s.stillToPay() > 0) {
            total(totals, "grant.settlement.stillToPay", s.stillToPay(), null);
        }
        Paragraph rule = new Paragraph(getTranslation("grant.settlement.rule"));
        rule.addClassName("grant-rule");
        result.add(lines, totals, rule);
    }

    private void total(Div box, String key, long amount, String id) {
        Span label = new Span(getTranslation(key));
        label.addClassName("grant-term-label");
        Span value = new Span(Money.won(amount));
        value.addClassName("grant-term-value");
        if (id != null) {
            value.setId(id);
            value.addClassName("grant-recovery");
        }
        box.add(label, value);
    }

    private static void money(Grid<Settlement.Line> grid, java.util.function.ToLongFunction<Settlement.Line> value,
                              String key) {
        grid.addColumn(l -> Money.won(value.applyAsLong(l))).setHeader(grid.getTranslation(key))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }
}
