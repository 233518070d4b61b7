package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.grant.GrantProjectService;
import kr.innocluster.portal.grant.ProgramSettings;

/** An official edits a program's post-award settings (its notice's numbers win over the defaults). */
class SettingsDialog extends Dialog {

    SettingsDialog(GrantProjectService projects, long programId, String programTitle) {
        setHeaderTitle(getTranslation("grant.settings.title") + " · " + programTitle);
        setWidth("min(44rem, 96vw)");
        ProgramSettings s = projects.settings(programId);
        TextField categories = new TextField(getTranslation("grant.settings.categories"),
                String.join(" | ", s.categories()), "");
        IntegerField minOwn = number("grant.settings.minOwn", s.minOwnPercent(), 100);
        IntegerField minCash = number("grant.settings.minCash", s.minCashPercent(), 100);
        IntegerField limit = number("grant.settings.changeLimit", s.changeLimitPercent(), 100);
        IntegerField years = number("grant.settings.followUpYears", s.followUpYears(), 10);
        TextField instalments = new TextField(getTranslation("grant.settings.instalments"), s.instalmentPercents()
                .stream().map(String::valueOf).collect(Collectors.joining(" | ")), "");
        TextField kpis = new TextField(getTranslation("grant.settings.kpis"), String.join(" | ", s.kpis()), "");
        FormLayout form = new FormLayout(categories, minOwn, minCash, limit, years, instalments, kpis);
        form.setColspan(categories, 2);
        form.setColspan(kpis, 2);
        add(form);
        FormErrors errors = new FormErrors().bind("categories", categories).bind("instalments", instalments)
                .bind("kpis", kpis);
        Button save = new Button(getTranslation("grant.action.save"), click -> Notices.attempt(() -> {
            projects.saveSettings(new ProgramSettings(programId, split(categories.getValue()),
                    value(minOwn), value(minCash), value(limit), value(years),
                    split(instalments.getValue()).stream().map(v -> parse(v)).toList(), split(kpis.getValue())));
            Notices.success("grant.settings.saved");
            close();
        }, errors));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("grant.action.cancel"), click -> close()), save);
    }

    private IntegerField number(String key, int value, int max) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setValue(value);
        field.setMin(0);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : Math.max(0, Math.min(field.getValue(), field.getMax()));
    }

    private static int parse(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
