package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.concurrent.atomic.AtomicReference;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.company.CompanyAccessState;
import kr.innocluster.portal.company.CompanyJoinRequest;
import kr.innocluster.portal.company.CompanyOnboardingService;
import kr.innocluster.portal.company.MyCompanyState;

/**
 * Someone whose company is already registered asks to join it by its business number. The company's name is shown
 * only after the request was sent (its manager sees who asked), so the form reveals nothing about other companies.
 */
@Route("my-company/join")
@PermitAll
class JoinRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyOnboardingService onboarding;

    JoinRequestView(CompanyOnboardingService onboarding) {
        this.onboarding = onboarding;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MyCompanyState state = onboarding.myState();
        if (state.state() != CompanyAccessState.NONE) {
            event.forwardTo(CompanyStartView.class);
            return;
        }
        removeAll();
        add(new H2(getTranslation("company.join.title")));
        Paragraph intro = new Paragraph(getTranslation("company.join.intro"));
        intro.addClassName("field-hint");
        add(intro);
        TextField number = new TextField(getTranslation("company.field.businessNumber"));
        number.setId("join-business-number");
        number.setHelperText(getTranslation("company.hint.businessNumber"));
        number.setMaxLength(12);
        number.addClassName("company-join-number");
        FormErrors errors = new FormErrors().bind("businessNumber", number);
        Button submit = new Button(getTranslation("company.join.submit"), VaadinIcon.PAPERPLANE_O.create(),
                click -> {
                    AtomicReference<CompanyJoinRequest> sent = new AtomicReference<>();
                    if (Notices.attempt(() -> sent.set(onboarding.requestToJoin(number.getValue())), errors)) {
                        showSent(sent.get());
                    }
                });
        submit.setId("join-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!state.emailVerified()) {
            Paragraph unverified = new Paragraph(getTranslation("company.home.emailUnverified"));
            unverified.setId("company-email-unverified");
            unverified.addClassName("company-home-note");
            add(unverified);
            number.setEnabled(false);
            submit.setEnabled(false);
        }
        HorizontalLayout form = new HorizontalLayout(number, submit);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.join.title") + " | " + getTranslation("app.name");
    }

    private void showSent(CompanyJoinRequest request) {
        Notices.success("company.join.sent", request.companyName());
        getUI().ifPresent(ui -> ui.navigate(CompanyStartView.class));
    }
}
