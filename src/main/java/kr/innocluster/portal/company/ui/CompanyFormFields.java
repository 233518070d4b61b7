package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.converter.StringToLongConverter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.company.CompanyForm;
import kr.innocluster.portal.company.CompanyRules;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;

/**
 * The company profile form, bound to a copy ({@link CompanyForm}). Messages appear next to each field while typing
 * (the same {@link CompanyRules} the service applies) and again when the service refuses something.
 */
class CompanyFormFields extends Composite<FormLayout> {

    private final Binder<CompanyForm> binder = new Binder<>();
    private final FormErrors errors = new FormErrors();

    CompanyFormFields(LocalDate today) {
        FormLayout layout = getContent();
        layout.addClassName("company-form");
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));

        TextField businessNumber = text("businessNumber", 12);
        businessNumber.setHelperText(getTranslation("company.hint.businessNumber"));
        businessNumber.setPlaceholder("123-45-67890");
        // editable after registration too: for a verified company the change waits for an official's approval
        binder.forField(businessNumber).withValidator(rule(CompanyRules::businessNumber))
                .bind(CompanyForm::getBusinessNumber, CompanyForm::setBusinessNumber);
        TextField name = text("name", 200);
        binder.forField(name).withValidator(rule(v -> CompanyRules.text(v, 200)))
                .bind(CompanyForm::getName, CompanyForm::setName);
        TextField ceoName = text("ceoName", 100);
        binder.forField(ceoName).withValidator(rule(v -> CompanyRules.text(v, 100)))
                .bind(CompanyForm::getCeoName, CompanyForm::setCeoName);
        TextField address = text("address", 300);
        binder.forField(address).withValidator(rule(v -> CompanyRules.text(v, 300)))
                .bind(CompanyForm::getAddress, CompanyForm::setAddress);
        Select<Region> region = select("region", List.of(Region.values()), r -> "company.region." + r.name());
        binder.forField(region).withValidator(rule(CompanyRules::required))
                .bind(CompanyForm::getRegion, CompanyForm::setRegion);

        TextField ksicCode = text("ksicCode", 6);
        ksicCode.setHelperText(getTranslation("company.hint.ksicCode"));
        ksicCode.setPlaceholder("C29280");
        binder.forField(ksicCode).withValidator(rule(CompanyRules::ksicCode))
                .bind(CompanyForm::getKsicCode, CompanyForm::setKsicCode);
        Select<SizeClass> sizeClass = select("sizeClass", List.of(SizeClass.values()), s -> "company.size." + s.name());
        binder.forField(sizeClass).withValidator(rule(CompanyRules::required))
                .bind(CompanyForm::getSizeClass, CompanyForm::setSizeClass);
        DatePicker foundedOn = new DatePicker(getTranslation("company.field.foundedOn"));
        foundedOn.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        foundedOn.setMax(today);
        register("foundedOn", foundedOn);
        binder.forField(foundedOn).withValidator(rule(v -> CompanyRules.foundedOn(v, today)))
                .bind(CompanyForm::getFoundedOn, CompanyForm::setFoundedOn);
        IntegerField employees = new IntegerField(getTranslation("company.field.employees"));
        employees.setMin(0);
        register("employees", employees);
        binder.forField(employees).withValidator(rule(CompanyRules::employees))
                .bind(CompanyForm::getEmployees, CompanyForm::setEmployees);
        TextField revenue = text("annualRevenue", 25);
        revenue.setPrefixComponent(new Span("₩"));
        revenue.setHelperText(getTranslation("company.hint.annualRevenue"));
        binder.forField(revenue).withNullRepresentation("")
                .withConverter(new StringToLongConverter(null, getTranslation("company.error.number")))
                .withValidator(rule(CompanyRules::annualRevenue))
                .bind(CompanyForm::getAnnualRevenue, CompanyForm::setAnnualRevenue);
        Select<Integer> smartFactory = select("smartFactoryLevel", List.of(1, 2, 3, 4, 5), l -> "company.sf." + l);
        smartFactory.setEmptySelectionAllowed(true);
        smartFactory.setEmptySelectionCaption(getTranslation("company.sf.none"));
        smartFactory.setHelperText(getTranslation("company.hint.smartFactoryLevel"));
        binder.forField(smartFactory).bind(CompanyForm::getSmartFactoryLevel, CompanyForm::setSmartFactoryLevel);
        CheckboxGroup<String> kind = new CheckboxGroup<>(getTranslation("company.field.kind"));
        kind.setItems("supplier", "demand");
        kind.setItemLabelGenerator(k -> getTranslation("company.kind." + k));
        register("kind", kind);
        binder.forField(kind).withValidator(rule(k -> CompanyRules.kind(k.contains("supplier"), k.contains("demand"))))
                .bind(CompanyFormFields::kindOf, CompanyFormFields::setKind);

        TextField contactName = text("contactName", 100);
        binder.forField(contactName).withValidator(rule(v -> CompanyRules.text(v, 100)))
                .bind(CompanyForm::getContactName, CompanyForm::setContactName);
        TextField contactPhone = text("contactPhone", 20);
        contactPhone.setPlaceholder("010-1234-5678");
        binder.forField(contactPhone).withValidator(rule(CompanyRules::phone))
                .bind(CompanyForm::getContactPhone, CompanyForm::setContactPhone);
        EmailField contactEmail = new EmailField(getTranslation("company.field.contactEmail"));
        register("contactEmail", contactEmail);
        binder.forField(contactEmail).withValidator(rule(CompanyRules::email))
                .bind(CompanyForm::getContactEmail, CompanyForm::setContactEmail);

        layout.add(heading("company.form.section.basic"), businessNumber, name, ceoName, region, address,
                heading("company.form.section.business"), ksicCode, sizeClass, foundedOn, employees, revenue,
                smartFactory, kind, heading("company.form.section.contact"), contactName, contactPhone, contactEmail);
        layout.setColspan(address, 2);
        layout.setColspan(kind, 2);
    }

    void read(CompanyForm form) {
        binder.readBean(form);
    }

    /**
     * Checks the fields, writes them into {@code copy} and hands it to the service call ({@code save}). A refusal
     * appears next to its fields, with a notice that says so (the field may be scrolled out of view); a refusal that
     * names no field becomes a notice. Returns whether the service accepted the form.
     */
    boolean submit(CompanyForm copy, Consumer<CompanyForm> save) {
        if (!binder.writeBeanIfValid(copy)) {
            Notices.error("company.form.invalid");
            return false;
        }
        if (Notices.attempt(() -> save.accept(copy), errors)) {
            return true;
        }
        if (errors.hasErrors()) {
            Notices.error("company.form.invalid");
        }
        return false;
    }

    private TextField text(String name, int maxLength) {
        TextField field = new TextField(getTranslation("company.field." + name));
        field.setMaxLength(maxLength);
        register(name, field);
        return field;
    }

    private <T> Select<T> select(String name, List<T> items, Function<T, String> labelKey) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation("company.field." + name));
        select.setItems(items);
        select.setItemLabelGenerator(item -> item == null ? "" : getTranslation(labelKey.apply(item)));
        register(name, select);
        return select;
    }

    private <F extends Component & HasValidation> void register(String name, F field) {
        field.setId("company-" + name);
        errors.bind(name, field);
    }

    private H3 heading(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassName("company-form-section");
        getContent().setColspan(heading, 2);
        return heading;
    }

    private <V> Validator<V> rule(Function<V, Optional<String>> check) {
        return (value, context) -> check.apply(value).map(key -> ValidationResult.error(getTranslation(key)))
                .orElse(ValidationResult.ok());
    }

    private static Set<String> kindOf(CompanyForm form) {
        Set<String> kind = new LinkedHashSet<>();
        if (form.isSupplier()) {
            kind.add("supplier");
        }
        if (form.isDemand()) {
            kind.add("demand");
        }
        return kind;
    }

    private static void setKind(CompanyForm form, Set<String> kind) {
        form.setSupplier(kind.contains("supplier"));
        form.setDemand(kind.contains("demand"));
    }
}
