package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.matching.CatalogueService;
import kr.innocluster.portal.matching.DemandNeeds;
import kr.innocluster.portal.matching.SolutionCategory;

/** The demand company's stated needs (categories, budget, note), which the ranking uses. */
class NeedsEditor extends Details {

    NeedsEditor(CatalogueService catalogue, Runnable afterSave) {
        setSummaryText(getTranslation("matching.needs.title"));
        addClassName("matching-needs");
        DemandNeeds needs = catalogue.myNeeds();
        MultiSelectComboBox<SolutionCategory> categories = new MultiSelectComboBox<>(
                getTranslation("matching.needs.categories"));
        categories.setItems(SolutionCategory.values());
        categories.setItemLabelGenerator(c -> getTranslation("matching.category." + c.name()));
        categories.setValue(needs.categories());
        categories.setId("needs-categories");
        BigDecimalField budget = new BigDecimalField(getTranslation("matching.needs.budget"));
        budget.setValue(needs.budgetMax() == null ? null : BigDecimal.valueOf(needs.budgetMax()));
        budget.setId("needs-budget");
        TextField note = new TextField(getTranslation("matching.needs.note"));
        note.setValue(needs.note() == null ? "" : needs.note());
        note.setMaxLength(2000);
        FormErrors errors = new FormErrors().bind("budget", budget).bind("note", note);
        Button save = new Button(getTranslation("matching.needs.save"), click -> Notices.attempt(() -> {
            catalogue.saveNeeds(new DemandNeeds(categories.getValue(),
                    budget.getValue() == null ? null : budget.getValue().longValue(), note.getValue()));
            Notices.success("matching.needs.saved");
            afterSave.run();
        }, errors));
        save.setId("needs-save");
        FormLayout form = new FormLayout(categories, budget, note, save);
        add(form);
    }
}
