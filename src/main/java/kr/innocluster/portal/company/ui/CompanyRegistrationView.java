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
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.company.CompanyForm;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.security.Roles;

/** A company user without a company registers it here and becomes its manager. */
@Route("my-company/register")
@RolesAllowed(Roles.COMPANY)
class CompanyRegistrationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyService companies;
    private final CompanyFormFields fields;

    CompanyRegistrationView(CompanyService companies, Clock clock) {
        this.companies = companies;
        addClassName("narrow-page");
        fields = new CompanyFormFields(true, LocalDate.now(clock));
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
        if (companies.myCompany().isPresent()) {
            event.forwardTo(MyCompanyView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.register.title") + " | " + getTranslation("app.name");
    }

    private void submit() {
        if (fields.submit(new CompanyForm(), companies::register)) {
            Notices.success("company.register.done");
            getUI().ifPresent(ui -> ui.navigate(MyCompanyView.class));
        }
    }
}
