package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.pilotproject.KpiResult;
import kr.innocluster.portal.pilotproject.KpiView;
import kr.innocluster.portal.pilotproject.PilotResultService;

/** The staff record the measured value and the measuring method of every KPI in one go. */
class ResultsDialog extends Dialog {

    ResultsDialog(PilotResultService results, long projectId, List<KpiView> kpis, Runnable refresh) {
        setHeaderTitle(getTranslation("pp.results.record"));
        setWidth("52rem");
        setMaxWidth("100%");
        List<Runnable> collectors = new ArrayList<>();
        List<KpiResult> entered = new ArrayList<>();
        for (KpiView kpi : kpis) {
            Span name = new Span(kpi.name() + " (" + getTranslation("pp.kpi.target") + " " + ProjectUi.target(kpi)
                    + ")");
            name.addClassName("pp-result-kpi");
            BigDecimalField measured = new BigDecimalField(getTranslation("pp.kpi.measured"));
            measured.addClassName("pp-result-measured");
            measured.setSuffixComponent(new Span(kpi.unit()));
            measured.setValue(kpi.measured());
            measured.setWidth("10rem");
            TextField method = new TextField(getTranslation("pp.kpi.method"));
            method.addClassName("pp-result-method");
            method.setMaxLength(1000);
            method.setValue(kpi.method() == null ? "" : kpi.method());
            method.setWidth("26rem");
            HorizontalLayout fields = new HorizontalLayout(measured, method);
            fields.setAlignItems(FlexComponent.Alignment.BASELINE);
            Div row = new Div(name, fields);
            row.addClassName("pp-result-row");
            add(row);
            collectors.add(() -> entered.add(new KpiResult(kpi.id(), measured.getValue(), method.getValue())));
        }
        FieldError error = new FieldError("pp-results-error");
        add(error);
        FormErrors errors = new FormErrors().bind("results", error);
        Button save = new Button(getTranslation("pp.results.save"), click -> {
            entered.clear();
            collectors.forEach(Runnable::run);
            if (Notices.attempt(() -> results.recordResults(projectId, List.copyOf(entered)), errors)) {
                Notices.success("pp.results.saved");
                close();
                refresh.run();
            }
        });
        save.setId("pp-results-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("pp.cancel"), click -> close()), save);
    }
}
