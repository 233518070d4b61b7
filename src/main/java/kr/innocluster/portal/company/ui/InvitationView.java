package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.concurrent.atomic.AtomicReference;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.company.CompanyInvitationService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.company.InvitationPreview;

/**
 * The link of an invitation mail. Signing in is required (the route is not anonymous); the person joins only by
 * pressing "accept" here, and only if their verified e-mail is the invited address. A used, revoked, expired or
 * someone else's link is refused with the reason and joins nobody.
 */
@Route("invitations/:token")
@PermitAll
class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyInvitationService invitations;
    private final DisplayZone zone;
    private String token;

    InvitationView(CompanyInvitationService invitations, DisplayZone zone) {
        this.invitations = invitations;
        this.zone = zone;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        show(invitations.preview(token));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.invitation.title") + " | " + getTranslation("app.name");
    }

    private void show(InvitationPreview preview) {
        removeAll();
        add(new H2(getTranslation("company.invitation.title")));
        Div card = new Div();
        card.addClassNames("card", "company-invitation-card");
        if (preview.acceptable()) {
            card.setId("invitation-open");
            String expires = zone.formatDateTime(preview.expiresAt());
            card.add(new H3(preview.companyName()),
                    new Paragraph(getTranslation("company.invitation.text", preview.invitedBy(),
                            preview.companyName())),
                    new Paragraph(getTranslation("company.invitation.address", preview.email())),
                    new Paragraph(getTranslation("company.invitation.expires", expires)));
            Button accept = new Button(getTranslation("company.invitation.accept"), VaadinIcon.CHECK.create(),
                    click -> accept());
            accept.setId("invitation-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(actions(accept));
        } else {
            card.setId("invitation-refused");
            card.addClassName("company-home-warning");
            card.add(new H3(getTranslation("company.invitation.refused.title")),
                    new Paragraph(getTranslation(preview.check().messageKey())));
            Button home = new Button(getTranslation("company.invitation.home"), VaadinIcon.HOME_O.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(CompanyStartView.class)));
            home.setId("invitation-home");
            card.add(actions(home));
        }
        add(card);
    }

    private void accept() {
        AtomicReference<CompanySummary> joined = new AtomicReference<>();
        if (Notices.attempt(() -> joined.set(invitations.accept(token)))) {
            Notices.success("company.invitation.accepted", joined.get().name());
            getUI().ifPresent(ui -> ui.navigate(CompanyStartView.class));
        } else {
            show(invitations.preview(token));
        }
    }

    private static Div actions(Button button) {
        Div actions = new Div(button);
        actions.addClassName("company-home-actions");
        return actions;
    }
}
