package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.company.CompanyAccessState;
import kr.innocluster.portal.company.CompanyForm;
import kr.innocluster.portal.company.CompanyOnboardingService;
import kr.innocluster.portal.company.CompanyService;

/**
 * Anyone signed in without a company registers one here and becomes its manager (the service refuses an unverified
 * e-mail with a notice); people with a company or a waiting request are sent to the start screen.
 */
@Route("my-company/register")
@PermitAll
class CompanyRegistrationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyService companies;
    private final CompanyOnboardingService onboarding;
    private final CompanyFormFields fields;

    CompanyRegistrationView(CompanyService companies, CompanyOnboardingService onboarding, Clock clock) {
        this.companies = companies;
        this.onboarding = onboarding;
        addClassName("narrow-page");
        fields = new CompanyFormFields(LocalDate.now(clock));
        fields.read(new CompanyForm());
        Button submit = new Button(getTranslation("company.register.submit"), click -> submit());
        submit.setId("company-register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph intro = new Paragraph(getTranslation("company.register.intro"));
        intro.addClassName("field-hint");
        add(new H2(getTranslation("company.register.title")), intro, fields, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (onboarding.myState().state() != CompanyAccessState.NONE) {
            event.forwardTo(CompanyStartView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.register.title") + " | " + getTranslation("app.name");
    }

    private void submit() {
        if (fields.submit(new CompanyForm(), companies::register)) {
            Notices.success("company.register.done");
            getUI().ifPresent(ui -> CompanyAccessCard.openCompany(ui, onboarding.myState()));
        }
    }
}
