package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashSet;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.program.FileType;
import kr.innocluster.portal.program.ProgramCategory;
import kr.innocluster.portal.program.ProgramDraft;

/** The announcement form on a copy ({@link ProgramDraft}); the binder checks what the service checks. */
class ProgramForm extends FormLayout {

    private final TextField title = new TextField();
    private final TextField host = new TextField();
    private final Select<ProgramCategory> category = new Select<>();
    private final TextArea description = new TextArea();
    private final MoneyField totalBudget = new MoneyField();
    private final MoneyField maxGrant = new MoneyField();
    private final DateTimePicker opensAt = new DateTimePicker();
    private final DateTimePicker closesAt = new DateTimePicker();
    private final Checkbox blindReview = new Checkbox();
    private final IntegerField passThreshold = new IntegerField();
    private final CheckboxGroup<FileType> fileTypes = new CheckboxGroup<>();
    private final IntegerField maxFileMb = new IntegerField();
    private final TextArea requiredDocuments = new TextArea();
    private final EligibilityFields rules = new EligibilityFields(this);
    private final RubricEditor rubric = new RubricEditor();
    private final Binder<ProgramDraft> binder = new Binder<>(ProgramDraft.class);
    private final FormErrors errors = new FormErrors();

    ProgramForm() {
        setId("program-form");
        label();
        bind();
        bindServiceErrors();
        add(title, host, category, blindReview, description, totalBudget, maxGrant, opensAt, closesAt,
                new H3(getTranslation("program.form.documents")), fileTypes, maxFileMb, requiredDocuments,
                new H3(getTranslation("program.form.rules")), rules.regions, rules.sizeClasses, rules.ksic,
                rules.minSmartFactoryLevel, rules.requireConfirmedLevel, rules.maxCompanyAge, new H3(getTranslation("program.form.review")),
                rubric, passThreshold);
        setColspan(description, 2);
        setColspan(requiredDocuments, 2);
        getChildren().filter(H3.class::isInstance).forEach(h -> setColspan(h, 2));
        setColspan(rubric, 2);
    }

    private void label() {
        title.setLabel(getTranslation("program.field.title"));
        title.setId("program-title");
        host.setLabel(getTranslation("program.field.host"));
        host.setId("program-host");
        category.setLabel(getTranslation("program.field.category"));
        category.setItems(ProgramCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("program.category." + c.name()));
        description.setLabel(getTranslation("program.field.description"));
        description.setHelperText(getTranslation("program.field.descriptionHint"));
        description.addClassName("program-description-field");
        totalBudget.setLabel(getTranslation("program.field.totalBudget"));
        totalBudget.setId("program-budget");
        maxGrant.setLabel(getTranslation("program.field.maxGrant"));
        maxGrant.setId("program-max-grant");
        opensAt.setLabel(getTranslation("program.field.opensAt"));
        closesAt.setLabel(getTranslation("program.field.closesAt"));
        blindReview.setLabel(getTranslation("program.field.blindReview"));
        passThreshold.setLabel(getTranslation("program.field.passThreshold"));
        fileTypes.setLabel(getTranslation("program.field.fileTypes"));
        fileTypes.setItems(FileType.values());
        maxFileMb.setLabel(getTranslation("program.field.maxFileMb"));
        requiredDocuments.setLabel(getTranslation("program.field.requiredDocuments"));
        requiredDocuments.setHelperText(getTranslation("program.field.requiredDocumentsHint"));
    }

    private void bind() {
        String required = getTranslation("program.validation.required");
        binder.forField(title).asRequired(getTranslation("program.validation.title"))
                .bind(ProgramDraft::getTitle, ProgramDraft::setTitle);
        binder.forField(host).asRequired(getTranslation("program.validation.host"))
                .bind(ProgramDraft::getHostOrganisation, ProgramDraft::setHostOrganisation);
        binder.forField(category).asRequired(required).bind(ProgramDraft::getCategory, ProgramDraft::setCategory);
        binder.bind(description, ProgramDraft::getDescription, ProgramDraft::setDescription);
        binder.forField(totalBudget).asRequired(getTranslation("program.validation.budget"))
                .withValidator(v -> v > 0, getTranslation("program.validation.budget"))
                .bind(ProgramDraft::getTotalBudget, ProgramDraft::setTotalBudget);
        binder.forField(maxGrant).asRequired(getTranslation("program.validation.maxGrant"))
                .withValidator(v -> v > 0, getTranslation("program.validation.maxGrant"))
                .withValidator(v -> totalBudget.getValue() == null || v <= totalBudget.getValue(),
                        getTranslation("program.validation.maxGrantOverBudget"))
                .bind(ProgramDraft::getMaxGrant, ProgramDraft::setMaxGrant);
        binder.forField(opensAt).asRequired(required).bind(ProgramDraft::getOpensAt, ProgramDraft::setOpensAt);
        binder.forField(closesAt).asRequired(required)
                .withValidator(c -> opensAt.getValue() == null || c.isAfter(opensAt.getValue()),
                        getTranslation("program.validation.window"))
                .bind(ProgramDraft::getClosesAt, ProgramDraft::setClosesAt);
        binder.bind(blindReview, ProgramDraft::isBlindReview, ProgramDraft::setBlindReview);
        binder.forField(passThreshold).asRequired(required).withValidator(v -> v >= 0 && v <= 100,
                getTranslation("program.validation.threshold")).bind(ProgramDraft::getPassThreshold, ProgramDraft::setPassThreshold);
        binder.forField(fileTypes).withValidator(v -> !v.isEmpty(), getTranslation("program.validation.fileTypes"))
                .bind(ProgramDraft::getFileTypes, ProgramDraft::setFileTypes);
        binder.forField(maxFileMb).asRequired(required).withValidator(v -> v >= 1 && v <= 50,
                getTranslation("program.validation.maxFileMb")).bind(ProgramDraft::getMaxFileMb, ProgramDraft::setMaxFileMb);
        binder.bind(requiredDocuments, ProgramDraft::getRequiredDocuments, ProgramDraft::setRequiredDocuments);
        binder.forField(rules.regions).bind(d -> d.getRegions(), (d, v) -> d.setRegions(new LinkedHashSet<>(v)));
        binder.forField(rules.sizeClasses).bind(d -> d.getSizeClasses(), (d, v) -> d.setSizeClasses(new LinkedHashSet<>(v)));
        binder.bind(rules.ksic, ProgramDraft::getKsicPrefixes, ProgramDraft::setKsicPrefixes);
        binder.bind(rules.minSmartFactoryLevel, ProgramDraft::getMinSmartFactoryLevel, ProgramDraft::setMinSmartFactoryLevel);
        binder.bind(rules.requireConfirmedLevel, ProgramDraft::isRequireConfirmedLevel,
                ProgramDraft::setRequireConfirmedLevel);
        binder.bind(rules.maxCompanyAge, ProgramDraft::getMaxCompanyAgeYears, ProgramDraft::setMaxCompanyAgeYears);
        binder.forField(rubric).withValidator(RubricEditor::sumsTo100, getTranslation("program.validation.rubricSum"))
                .bind(ProgramDraft::getRubric, ProgramDraft::setRubric);
    }

    void edit(ProgramDraft draft) {
        binder.readBean(draft);
    }

    /** The user's input on a fresh copy (keeping the version read), or null when a field is invalid. */
    ProgramDraft validCopy(long version) {
        ProgramDraft copy = new ProgramDraft();
        copy.setVersion(version);
        return binder.writeBeanIfValid(copy) ? copy : null;
    }

    /** The service's field names (see ProgramDraftRules); "rules" is a change of the eligibility rules as a whole. */
    private void bindServiceErrors() {
        errors.bind("title", title).bind("hostOrganisation", host).bind("totalBudget", totalBudget)
                .bind("maxGrant", maxGrant).bind("opensAt", opensAt).bind("closesAt", closesAt)
                .bind("passThreshold", passThreshold).bind("fileTypes", fileTypes).bind("maxFileMb", maxFileMb)
                .bind("rubric", rubric).bind("ksicPrefixes", rules.ksic).bind("rules", rules.regions)
                .bind("minSmartFactoryLevel", rules.minSmartFactoryLevel)
                .bind("maxCompanyAgeYears", rules.maxCompanyAge);
    }

    FormErrors errors() {
        return errors;
    }
}
