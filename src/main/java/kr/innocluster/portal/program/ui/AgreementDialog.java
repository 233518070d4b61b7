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
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.program.AgreementService;
import kr.innocluster.portal.program.AgreementTerms;
import kr.innocluster.portal.program.BudgetLine;

/**
 * Records the agreement of a selected grant: period, government grant (the approved amount), the company's
 * contribution and budget lines, one per line as "item: amount". The proposed lines (materials, outsourcing) are
 * named in the official's language.
 */
class AgreementDialog extends Dialog {

    AgreementDialog(long applicationId, long granted, AgreementService agreements, Runnable saved) {
        setHeaderTitle(getTranslation("program.agreement.title"));
        setWidth("40rem");
        setMaxWidth("100%");
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
        long total = granted + contribution;
        lines.setValue(getTranslation("program.agreement.defaultLine.materials") + ": " + total * 4 / 10 + "\n"
                + getTranslation("program.agreement.defaultLine.outsourcing") + ": " + (total - total * 4 / 10));
        lines.addClassName("program-agreement-lines");
        FormLayout form = new FormLayout(from, to, government, own, lines);
        form.setColspan(lines, 2);
        add(form);
        FormErrors errors = new FormErrors().bind("period", to).bind("companyContribution", own)
                .bind("governmentGrant", government).bind("lines", lines);
        Button save = new Button(getTranslation("program.editor.save"), click -> {
            List<BudgetLine> parsed = parse(lines.getValue());
            if (parsed == null) {
                lines.setInvalid(true);
                lines.setErrorMessage(getTranslation("program.validation.lines"));
                return;
            }
            if (Notices.attempt(() -> agreements.record(applicationId, new AgreementTerms(from.getValue(),
                    to.getValue(), granted, own.getValue(), parsed)), errors)) {
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
