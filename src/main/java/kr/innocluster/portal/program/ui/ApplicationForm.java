package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.program.ApplicationDraft;

/** Project title, summary and requested amount, bound to a copy; the same rules as the service. */
class ApplicationForm extends FormLayout {

    final TextField projectTitle = new TextField();
    final TextArea summary = new TextArea();
    final MoneyField requested = new MoneyField();
    private final Binder<ApplicationDraft> binder = new Binder<>(ApplicationDraft.class);
    private final FormErrors errors = new FormErrors();

    ApplicationForm(long maxGrant) {
        projectTitle.setLabel(getTranslation("program.field.projectTitle"));
        projectTitle.setId("project-title");
        summary.setLabel(getTranslation("program.field.summary"));
        summary.setId("summary");
        summary.addClassName("program-summary-field");
        requested.setLabel(getTranslation("program.field.requested"));
        requested.setId("requested-amount");
        requested.setHelperText(getTranslation("program.field.maxGrantHint", Money.won(maxGrant)));
        binder.forField(projectTitle).asRequired(getTranslation("program.validation.projectTitle"))
                .withValidator(t -> t.length() <= 200, getTranslation("program.validation.projectTitle"))
                .bind(ApplicationDraft::getProjectTitle, ApplicationDraft::setProjectTitle);
        binder.forField(summary).withValidator(s -> s == null || s.length() <= 4000,
                getTranslation("program.validation.summary")).bind(ApplicationDraft::getSummary, ApplicationDraft::setSummary);
        binder.forField(requested).asRequired(getTranslation("program.validation.requestedAmount"))
                .withValidator(v -> v > 0, getTranslation("program.validation.requestedAmount"))
                .withValidator(v -> v <= maxGrant, getTranslation("program.validation.overMaxGrant"))
                .bind(ApplicationDraft::getRequestedAmount, ApplicationDraft::setRequestedAmount);
        errors.bind("projectTitle", projectTitle).bind("summary", summary).bind("requestedAmount", requested);
        add(projectTitle, requested, summary);
        setColspan(summary, 2);
    }

    void edit(ApplicationDraft draft) {
        binder.readBean(draft);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** A copy with the user's input, or null when a field is invalid (the field shows why). */
    ApplicationDraft validCopy() {
        ApplicationDraft copy = new ApplicationDraft();
        return binder.writeBeanIfValid(copy) ? copy : null;
    }

    /** Where the service's field errors are shown. */
    FormErrors errors() {
        return errors;
    }
}
