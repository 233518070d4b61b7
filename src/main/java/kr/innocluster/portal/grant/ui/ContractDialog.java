package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.grant.ContractForm;
import kr.innocluster.portal.grant.GrantProjectService;
import kr.innocluster.portal.grant.ProjectDetails;

/** The official's editor of the contract terms; edits a copy and saves it in one service call. */
class ContractDialog extends Dialog {

    private final List<LineRow> lineRows = new ArrayList<>();
    private final List<KpiRow> kpiRows = new ArrayList<>();
    private final Div linesBox = new Div();
    private final Div kpisBox = new Div();

    private record LineRow(TextField category, WonField grant, WonField own, HorizontalLayout row) {
    }

    private record KpiRow(TextField name, TextField target, HorizontalLayout row) {
    }

    ContractDialog(GrantProjectService projects, ProjectDetails d, Runnable saved) {
        setHeaderTitle(getTranslation("grant.contract.edit"));
        setWidth("min(56rem, 96vw)");
        ContractForm form = projects.contractForm(d.id());
        DatePicker start = IsoDates.of(new DatePicker(getTranslation("grant.contract.period"), form.periodStart()));
        start.setId("grant-contract-start");
        DatePicker end = IsoDates.of(new DatePicker(" ", form.periodEnd()));
        end.setId("grant-contract-end");
        WonField cash = new WonField(getTranslation("grant.contract.ownCash"));
        cash.setValue(form.ownCash());
        cash.setId("grant-contract-cash");
        WonField inKind = new WonField(getTranslation("grant.contract.ownInKind"));
        inKind.setValue(form.ownInKind());
        inKind.setId("grant-contract-inkind");
        Checkbox vat = new Checkbox(getTranslation("grant.contract.deductsVat"), form.deductsInputVat());
        FormLayout top = new FormLayout(start, end, cash, inKind);
        top.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        linesBox.addClassName("grant-editor-rows");
        kpisBox.addClassName("grant-editor-rows");
        form.lines().forEach(l -> addLine(l.category(), l.grantAmount(), l.ownAmount()));
        form.kpis().forEach(k -> addKpi(k.name(), k.target()));
        Button addLine = new Button(getTranslation("grant.contract.addLine"), click -> addLine("", 0, 0));
        addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button addKpi = new Button(getTranslation("grant.contract.addKpi"), click -> addKpi("", ""));
        addKpi.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        ErrorText linesError = new ErrorText();
        ErrorText kpisError = new ErrorText();
        add(top, vat, ContractTab.hint(this, "grant.contract.editorHint"),
                new H4(getTranslation("grant.contract.lines")), linesBox, linesError, addLine,
                new H4(getTranslation("grant.contract.kpis")), kpisBox, kpisError, addKpi);
        FormErrors errors = new FormErrors().bind("period", end).bind("ownCash", cash).bind("ownInKind", inKind)
                .bind("lines", linesError).bind("kpis", kpisError);
        Button save = new Button(getTranslation("grant.action.save"), click -> Notices.attempt(() -> {
            projects.updateContract(d.id(), new ContractForm(start.getValue(), end.getValue(), cash.getValue(),
                    inKind.getValue(), vat.getValue(),
                    lineRows.stream().map(r -> new ContractForm.LineAmounts(r.category().getValue(),
                            r.grant().valueOrZero(), r.own().valueOrZero())).toList(),
                    kpiRows.stream().map(r -> new ContractForm.KpiLine(r.name().getValue(), r.target().getValue()))
                            .toList()));
            Notices.success("grant.contract.saved");
            close();
            saved.run();
        }, errors));
        save.setId("grant-contract-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("grant.action.cancel"), click -> close()), save);
    }

    private void addLine(String category, long grant, long own) {
        TextField name = new TextField();
        name.setValue(category);
        name.setPlaceholder(getTranslation("grant.col.category"));
        WonField g = new WonField(null);
        g.setValue(grant);
        WonField o = new WonField(null);
        o.setValue(own);
        HorizontalLayout row = new HorizontalLayout(name, g, o);
        LineRow line = new LineRow(name, g, o, row);
        Button remove = new Button(getTranslation("grant.contract.remove"), click -> {
            lineRows.remove(line);
            linesBox.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        row.add(remove);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        lineRows.add(line);
        linesBox.add(row);
    }

    private void addKpi(String kpi, String target) {
        TextField name = new TextField();
        name.setValue(kpi);
        name.setPlaceholder(getTranslation("grant.contract.kpiName"));
        name.setWidth("20rem");
        TextField t = new TextField();
        t.setValue(target);
        t.setPlaceholder(getTranslation("grant.contract.kpiTarget"));
        HorizontalLayout row = new HorizontalLayout(name, t);
        KpiRow k = new KpiRow(name, t, row);
        Button remove = new Button(getTranslation("grant.contract.remove"), click -> {
            kpiRows.remove(k);
            kpisBox.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        row.add(remove);
        kpiRows.add(k);
        kpisBox.add(row);
    }
}
