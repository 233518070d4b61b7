package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.program.AgreementService;
import kr.innocluster.portal.program.AgreementTerms;
import kr.innocluster.portal.program.BudgetLine;

/**
 * Records the agreement (협약) of a selected grant: period, government grant (the approved amount), the company's
 * contribution and budget lines, one per line as "비목: 금액".
 */
class AgreementDialog extends Dialog {

    AgreementDialog(long applicationId, long granted, AgreementService agreements, Runnable saved) {
        setHeaderTitle(getTranslation("program.agreement.title"));
        setWidth("40rem");
        LocalDate start = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        DatePicker from = new DatePicker(getTranslation("program.agreement.start"), start);
        DatePicker to = new DatePicker(getTranslation("program.agreement.end"), start.plusMonths(8).minusDays(1));
        MoneyField government = new MoneyField();
        government.setLabel(getTranslation("program.agreement.governmentField"));
        government.setValue(granted);
        government.setReadOnly(true);
        long contribution = Math.round(granted * 0.25 / 10_000) * 10_000;
        MoneyField own = new MoneyField();
        own.setLabel(getTranslation("program.agreement.contributionField"));
        own.setValue(contribution);
        TextArea lines = new TextArea(getTranslation("program.agreement.lines"));
        lines.setHelperText(getTranslation("program.agreement.linesHint"));
        lines.setValue("재료비: " + (granted + contribution) * 4 / 10 + "\n외주용역비: "
                + ((granted + contribution) - (granted + contribution) * 4 / 10));
        lines.setMinHeight("7rem");
        FormLayout form = new FormLayout(from, to, government, own, lines);
        form.setColspan(lines, 2);
        add(form);
        Button save = new Button(getTranslation("program.editor.save"), click -> {
            List<BudgetLine> parsed = parse(lines.getValue());
            if (parsed == null) {
                lines.setInvalid(true);
                lines.setErrorMessage(getTranslation("program.validation.lines"));
                return;
            }
            if (ProgramUi.attempt(this, () -> agreements.record(applicationId, new AgreementTerms(from.getValue(),
                    to.getValue(), granted, own.getValue(), parsed)))) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-agreement");
        getFooter().add(new Button(getTranslation("program.action.cancel"), click -> close()), save);
    }

    private static List<BudgetLine> parse(String text) {
        List<BudgetLine> result = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            if (colon < 1) {
                return null;
            }
            try {
                result.add(new BudgetLine(line.substring(0, colon).strip(),
                        Long.parseLong(line.substring(colon + 1).replaceAll("[^0-9]", ""))));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return result;
    }
}
