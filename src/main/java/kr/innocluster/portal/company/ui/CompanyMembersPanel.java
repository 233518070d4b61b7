package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.company.CompanyInvitation;
import kr.innocluster.portal.company.CompanyMember;
import kr.innocluster.portal.company.CompanyMemberService;

/** The people of a company; its manager invites colleagues by email and removes members here. */
class CompanyMembersPanel extends Composite<VerticalLayout> {

    private final CompanyMemberService service;
    private final long companyId;
    private final boolean manager;
    private final String mySubject;
    private final DisplayZone zone;

    CompanyMembersPanel(CompanyMemberService service, long companyId, boolean manager, String mySubject,
                        DisplayZone zone) {
        this.service = service;
        this.companyId = companyId;
        this.manager = manager;
        this.mySubject = mySubject;
        this.zone = zone;
        getContent().setPadding(false);
        getContent().setId("company-members");
        render();
    }

    private void render() {
        VerticalLayout layout = getContent();
        layout.removeAll();
        layout.add(new H3(getTranslation("company.page.members")));
        List<CompanyMember> members = service.members(companyId);
        Grid<CompanyMember> grid = new Grid<>();
        grid.addColumn(CompanyMember::displayName).setHeader(getTranslation("company.members.name")).setFlexGrow(1);
        grid.addColumn(CompanyMember::email).setHeader(getTranslation("company.members.email")).setFlexGrow(2);
        grid.addComponentColumn(m -> roleBadge(m.manager())).setHeader(getTranslation("company.members.role"))
                .setAutoWidth(true);
        grid.addColumn(m -> zone.formatDate(m.joinedAt())).setHeader(getTranslation("company.members.joined"))
                .setAutoWidth(true);
        if (manager) {
            grid.addComponentColumn(m -> m.subject().equals(mySubject) ? new Span() : removeButton(m))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(members);
        grid.setAllRowsVisible(true);
        layout.add(grid);
        if (manager) {
            layout.add(inviteForm());
            List<CompanyInvitation> invitations = service.invitations(companyId);
            for (CompanyInvitation invitation : invitations) {
                Button cancel = new Button(getTranslation("company.members.cancelInvite"), click -> {
                    Notices.attempt(() -> service.cancelInvitation(companyId, invitation.id()));
                    render();
                });
                cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                Span text = new Span(getTranslation("company.members.pending", invitation.email(),
                        zone.formatDate(invitation.invitedAt())));
                HorizontalLayout row = new HorizontalLayout(VaadinIcon.ENVELOPE_O.create(), text, cancel);
                row.setAlignItems(HorizontalLayout.Alignment.CENTER);
                row.addClassName("company-invitation");
                layout.add(row);
            }
        }
    }

    private Div inviteForm() {
        EmailField email = new EmailField(getTranslation("company.members.inviteEmail"));
        email.setId("invite-email");
        email.addClassName("company-invite-email");
        FormErrors errors = new FormErrors().bind("email", email);
        Button invite = new Button(getTranslation("company.members.invite"), VaadinIcon.PLUS.create(), click -> {
            if (Notices.attempt(() -> service.invite(companyId, email.getValue()), errors)) {
                Notices.success("company.members.invited");
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

    private Button removeButton(CompanyMember member) {
        Button remove = new Button(getTranslation("company.members.remove"), VaadinIcon.TRASH.create(), click -> {
            Notices.attempt(() -> service.removeMember(companyId, member.subject()));
            render();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private Span roleBadge(boolean isManager) {
        Span badge = new Span(getTranslation(isManager ? "company.members.manager" : "company.members.member"));
        badge.getElement().getThemeList().add(isManager ? "badge" : "badge contrast");
        return badge;
    }
}
