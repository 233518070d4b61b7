package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.diagnosis.DiagnosisArea;
import kr.innocluster.portal.matching.CatalogueService;
import kr.innocluster.portal.matching.SolutionCategory;
import kr.innocluster.portal.matching.SolutionForm;
import kr.innocluster.portal.matching.SolutionSummary;

/** Publishing or editing a solution: the fields are a copy; the service validates and saves all or nothing. */
class SolutionDialog extends Dialog {

    private static final List<String> SECTIONS = IntStream.rangeClosed('A', 'U').mapToObj(c -> String.valueOf((char) c))
            .toList();

    SolutionDialog(CatalogueService catalogue, SolutionSummary existing, Runnable afterSave) {
        setHeaderTitle(getTranslation(existing == null ? "matching.mine.new" : "matching.mine.edit"));
        setWidth("48rem");
        TextField name = new TextField(getTranslation("matching.form.name"));
        name.setId("solution-name");
        Select<SolutionCategory> category = new Select<>();
        category.setLabel(getTranslation("matching.form.category"));
        category.setItems(SolutionCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation("matching.category." + c.name()));
        category.setId("solution-category");
        TextField tags = new TextField(getTranslation("matching.form.tags"));
        MultiSelectComboBox<String> sections = new MultiSelectComboBox<>(getTranslation("matching.form.sections"));
        sections.setItems(SECTIONS);
        sections.setItemLabelGenerator(s -> getTranslation("company.ksic." + s));
        sections.setId("solution-sections");
        MultiSelectComboBox<DiagnosisArea> areas = new MultiSelectComboBox<>(getTranslation("matching.form.areas"));
        areas.setItems(DiagnosisArea.values());
        areas.setItemLabelGenerator(a -> getTranslation("diagnosis.area." + a.name()));
        BigDecimalField priceMin = new BigDecimalField(getTranslation("matching.form.priceMin"));
        BigDecimalField priceMax = new BigDecimalField(getTranslation("matching.form.priceMax"));
        IntegerField months = new IntegerField(getTranslation("matching.form.months"));
        TextArea description = new TextArea(getTranslation("matching.form.description"));
        TextArea references = new TextArea(getTranslation("matching.form.references"));
        if (existing != null) {
            name.setValue(existing.name());
            category.setValue(existing.category());
            tags.setValue(String.join(", ", existing.tags()));
            sections.setValue(existing.targetSections());
            areas.setValue(existing.areas());
            priceMin.setValue(existing.priceMin() == null ? null : BigDecimal.valueOf(existing.priceMin()));
            priceMax.setValue(existing.priceMax() == null ? null : BigDecimal.valueOf(existing.priceMax()));
            months.setValue(existing.projectMonths());
            description.setValue(existing.description());
            references.setValue(existing.referenceDeployments());
        }
        FormLayout form = new FormLayout(name, category, tags, sections, areas, months, priceMin, priceMax,
                description, references);
        form.setColspan(description, 2);
        form.setColspan(references, 2);
        FormErrors errors = new FormErrors().bind("name", name).bind("category", category).bind("tags", tags)
                .bind("targetSections", sections).bind("priceMin", priceMin).bind("priceMax", priceMax)
                .bind("projectMonths", months);
        Button save = new Button(getTranslation("matching.form.save"), click -> Notices.attempt(() -> {
            SolutionForm f = new SolutionForm(name.getValue(), category.getValue(), tags.getValue(),
                    sections.getValue(), areas.getValue(), toLong(priceMin.getValue()), toLong(priceMax.getValue()),
                    months.getValue(), description.getValue(), references.getValue());
            if (existing == null) {
                catalogue.publish(f);
            } else {
                catalogue.update(existing.id(), f);
            }
            Notices.success("matching.mine.saved");
            close();
            afterSave.run();
        }, errors));
        save.setId("solution-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form);
        getFooter().add(new Button(getTranslation("matching.form.cancel"), click -> close()), save);
    }

    private static Long toLong(BigDecimal value) {
        return value == null ? null : value.longValue();
    }

    static String sectionsText(java.util.Set<String> sections) {
        return sections.stream().sorted().collect(Collectors.joining(", "));
    }
}
