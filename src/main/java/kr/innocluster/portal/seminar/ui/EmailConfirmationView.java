package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.seminar.RegistrationResult;
import kr.innocluster.portal.seminar.SeminarRegistrationService;

/**
 * Where the link mailed to a registration's address leads: the signed-in registrant confirms with one click (a mail
 * scanner that merely opens the link changes nothing), and the registration is made.
 */
@Route("seminars/confirm-email/:token")
@PermitAll
class EmailConfirmationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SeminarRegistrationService registrations;

    EmailConfirmationView(SeminarRegistrationService registrations) {
        this.registrations = registrations;
        setId("email-confirmation");
        addClassName("seminar-verify");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Div card = new Div(VaadinIcon.ENVELOPE_OPEN_O.create(), new H2(getTranslation("seminar.confirmEmail.title")),
                new Paragraph(getTranslation("seminar.confirmEmail.text")));
        card.addClassNames("card", "seminar-verify-card");
        Button confirm = new Button(getTranslation("seminar.confirmEmail.button"), VaadinIcon.CHECK.create(),
                click -> Notices.attempt(() -> {
                    RegistrationResult result = registrations.confirmEmail(token);
                    Notices.success(result.confirmed() ? "seminar.confirmEmail.done"
                            : "seminar.confirmEmail.doneWaitlisted");
                    getUI().ifPresent(ui -> ui.navigate(MySeminarsView.class));
                }));
        confirm.setId("confirm-email-button");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(confirm);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.confirmEmail.title") + " | " + getTranslation("app.name");
    }
}
