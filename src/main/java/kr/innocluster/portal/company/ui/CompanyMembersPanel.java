package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.company.CompanyInvitationService;
import kr.innocluster.portal.company.CompanyMember;
import kr.innocluster.portal.company.CompanyMemberService;

/**
 * The people of a company. Its manager also sees the requests to join (approve or decline), invites colleagues by
 * e-mail and removes members here.
 */
class CompanyMembersPanel extends Composite<VerticalLayout> {

    private final CompanyMemberService service;
    private final CompanyInvitationService invitations;
    private final long companyId;
    private final boolean manager;
    private final String mySubject;
    private final DisplayZone zone;

    CompanyMembersPanel(CompanyMemberService service, CompanyInvitationService invitations, long companyId,
                        boolean manager, String mySubject, DisplayZone zone) {
        this.service = service;
        this.invitations = invitations;
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
        if (manager) {
            layout.add(new JoinRequestsPanel(service, companyId, zone, this::render));
        }
        Grid<CompanyMember> grid = new Grid<>();
        grid.addClassName("company-member-grid");
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
        grid.setItems(service.members(companyId));
        grid.setAllRowsVisible(true);
        layout.add(grid);
        if (manager) {
            layout.add(new CompanyInvitationsPanel(invitations, companyId, zone));
        }
    }

    private Button removeButton(CompanyMember member) {
        Button remove = new Button(getTranslation("company.members.remove"), VaadinIcon.TRASH.create(), click -> {
            if (Notices.attempt(() -> service.removeMember(companyId, member.subject()))) {
                Notices.success("company.members.removed", member.displayName());
            }
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
