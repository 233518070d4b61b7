package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.company.CompanyInvitation;
import kr.innocluster.portal.company.CompanyInvitationService;

/** The manager invites a colleague by e-mail (a mailed, single-use link) and sees or revokes the open invitations. */
class CompanyInvitationsPanel extends Composite<Div> {

    private final CompanyInvitationService service;
    private final long companyId;
    private final DisplayZone zone;

    CompanyInvitationsPanel(CompanyInvitationService service, long companyId, DisplayZone zone) {
        this.service = service;
        this.companyId = companyId;
        this.zone = zone;
        getContent().addClassName("company-invitations");
        render();
    }

    private void render() {
        Div content = getContent();
        content.removeAll();
        content.add(inviteForm());
        for (CompanyInvitation invitation : service.invitations(companyId)) {
            content.add(row(invitation));
        }
    }

    private Div inviteForm() {
        EmailField email = new EmailField(getTranslation("company.members.inviteEmail"));
        email.setId("invite-email");
        email.addClassName("company-invite-email");
        FormErrors errors = new FormErrors().bind("email", email);
        Button invite = new Button(getTranslation("company.members.invite"), VaadinIcon.ENVELOPE_O.create(), click -> {
            if (Notices.attempt(() -> service.invite(companyId, email.getValue()), errors)) {
                Notices.success("company.members.invited", email.getValue().strip());
                render();
            }
        });
        invite.setId("invite-submit");
        HorizontalLayout form = new HorizontalLayout(email, invite);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Paragraph hint = new Paragraph(getTranslation("company.members.inviteHint"));
        hint.addClassName("field-hint");
        return new Div(form, hint);
    }

    private HorizontalLayout row(CompanyInvitation invitation) {
        Span text = new Span(getTranslation("company.members.pending", invitation.email(),
                zone.formatDate(invitation.invitedAt()), zone.formatDateTime(invitation.expiresAt())));
        HorizontalLayout row = new HorizontalLayout(VaadinIcon.ENVELOPE_O.create(), text);
        if (invitation.expired()) {
            Span expired = new Span(getTranslation("company.members.inviteExpired"));
            expired.getElement().getThemeList().add("badge contrast");
            row.add(expired);
        }
        Button revoke = new Button(getTranslation("company.members.cancelInvite"), click -> {
            if (Notices.attempt(() -> service.revokeInvitation(companyId, invitation.id()))) {
                Notices.success("company.members.inviteCancelled", invitation.email());
            }
            render();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        row.add(revoke);
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        row.addClassName("company-invitation");
        return row;
    }
}
