package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Consumer;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.seminar.PhoneNumbers;
import kr.innocluster.portal.seminar.RegistrationForm;
import kr.innocluster.portal.seminar.RegistrationResult;
import kr.innocluster.portal.seminar.SeminarDetails;
import kr.innocluster.portal.seminar.SeminarRegistrationService;

/** The registration form: prefilled from the account, editable, with the full privacy notice and the consent box. */
class RegistrationPanel extends VerticalLayout {

    RegistrationPanel(SeminarDetails seminar, SeminarRegistrationService service, Consumer<RegistrationResult> done) {
        setPadding(false);
        setId("registration-panel");
        TextField name = new TextField(getTranslation("seminar.register.name"));
        name.setId("reg-name");
        TextField organisation = new TextField(getTranslation("seminar.register.organisation"));
        organisation.setId("reg-organisation");
        EmailField email = new EmailField(getTranslation("seminar.register.email"));
        email.setId("reg-email");
        TextField phone = new TextField(getTranslation("seminar.register.phone"));
        phone.setPlaceholder("010-1234-5678");
        phone.setId("reg-phone");
        Checkbox consent = new Checkbox(getTranslation("seminar.consent.agree"));
        consent.setId("reg-consent");
        InlineError consentError = new InlineError();
        consentError.setId("consent-error");
        FormErrors errors = new FormErrors().bind("name", name).bind("organisation", organisation)
                .bind("email", email).bind("phone", phone).bind("consent", consentError);

        Binder<RegistrationForm> binder = new Binder<>(RegistrationForm.class);
        binder.forField(name).asRequired(getTranslation("seminar.register.error.nameRequired"))
                .bind(RegistrationForm::getName, RegistrationForm::setName);
        binder.forField(organisation).bind(RegistrationForm::getOrganisation, RegistrationForm::setOrganisation);
        binder.forField(email).asRequired(getTranslation("seminar.register.error.email"))
                .bind(RegistrationForm::getEmail, RegistrationForm::setEmail);
        binder.forField(phone).asRequired(getTranslation("seminar.register.error.phone"))
                .withValidator(value -> PhoneNumbers.normalise(value).isPresent(),
                        getTranslation("seminar.register.error.phone"))
                .bind(RegistrationForm::getPhone, RegistrationForm::setPhone);
        binder.forField(consent).bind(RegistrationForm::isConsent, RegistrationForm::setConsent);
        binder.readBean(service.prefilledForm());

        FormLayout form = new FormLayout(name, organisation, email, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));

        Button register = new Button(getTranslation(seminar.full() ? "seminar.register.joinWaitlist"
                : "seminar.register.submit"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register-button");
        register.addClickListener(click -> {
            consentError.setInvalid(false);
            RegistrationForm copy = new RegistrationForm();
            if (!binder.writeBeanIfValid(copy)) {
                return;
            }
            Notices.attempt(() -> {
                RegistrationResult result = service.register(seminar.id(), copy);
                if (result.emailConfirmationPending()) {
                    // nothing is registered until the other address confirms: the form stays as entered
                    Notices.success("seminar.register.confirmEmailSent");
                    return;
                }
                done.accept(result);
                Notices.success("seminar.register.done");
            }, errors);
        });
        add(form, new ConsentNotice(seminar.retentionDays()), new Div(consent, consentError), register);
    }
}
