package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Comparator;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.company.ChangeRequestStatus;
import kr.innocluster.portal.company.CompanyChangeRequest;
import kr.innocluster.portal.company.CompanyChangeRequestService;
import kr.innocluster.portal.company.CompanyDetails;
import kr.innocluster.portal.company.CompanyDirectoryService;
import kr.innocluster.portal.company.CompanyInvitationService;
import kr.innocluster.portal.company.CompanyMemberService;
import kr.innocluster.portal.company.CompanyPageSection;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.SmartFactoryLevels;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Scope;

/**
 * Everything about one company on one page: profile and status, members, change history, then the sections other
 * features contribute ({@link CompanyPageSection}). Officials also decide on verification here.
 */
@SpringComponent
@Scope("prototype")
class CompanyPage extends VerticalLayout {

    private final CompanyService companies;
    private final CompanyMemberService members;
    private final CompanyInvitationService invitations;
    private final ObjectProvider<CompanyDirectoryService> directory;
    private final ObjectProvider<CompanyPageSection> sections;
    private final CompanyChangeRequestService changeRequests;
    private final CurrentUser currentUser;
    private final DisplayZone zone;
    private final SmartFactoryLevels levels;

    CompanyPage(CompanyService companies, CompanyMemberService members, CompanyInvitationService invitations,
                ObjectProvider<CompanyDirectoryService> directory, ObjectProvider<CompanyPageSection> sections,
                CompanyChangeRequestService changeRequests, CurrentUser currentUser, DisplayZone zone,
                SmartFactoryLevels levels) {
        this.levels = levels;
        this.changeRequests = changeRequests;
        this.companies = companies;
        this.members = members;
        this.invitations = invitations;
        this.directory = directory;
        this.sections = sections;
        this.currentUser = currentUser;
        this.zone = zone;
        addClassName("company-page");
        setPadding(false);
    }

    /** Shows the company; throws {@code CompanyNotFoundException} when the viewer may not see it. */
    void show(long id) {
        CompanyDetails company = companies.details(id);
        PortalUser user = currentUser.require();
        removeAll();
        boolean official = user.hasRole(Roles.OFFICIAL);
        add(new CompanyProfileCard(company, levels.level(id), zone, actions(company, official)));
        List<CompanyChangeRequest> recent = changeRequests.recent(id);
        if (!recent.isEmpty() && recent.getFirst().status() != ChangeRequestStatus.APPROVED
                && recent.getFirst().status() != ChangeRequestStatus.WITHDRAWN) {
            add(new CompanyChangeRequestPanel(company, recent, official, changeRequests, zone, () -> show(id)));
        }
        add(new CompanyMembersPanel(members, invitations, id, companies.isManagedByCurrentUser(id), user.subject(),
                zone));
        add(new CompanyHistoryPanel(companies.history(id), zone));
        if (!user.hasRole(Roles.OFFICIAL) && !user.hasRole(Roles.COMPANY)) {
            // a registrant waiting for verification: other features' sections need the company role
            return;
        }
        sections.orderedStream().sorted(Comparator.comparingInt(CompanyPageSection::order)).forEach(section -> {
            add(new H3(getTranslation(section.titleKey())));
            add(section.create(id));
        });
    }

    private Component actions(CompanyDetails company, boolean official) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("company-actions");
        Button edit = new Button(getTranslation("company.page.edit"), VaadinIcon.EDIT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(CompanyEditView.class,
                        new RouteParameters("id", String.valueOf(company.id())))));
        edit.setId("company-edit");
        // only the manager edits the profile (the service refuses anyone else)
        if (official || companies.isManagedByCurrentUser(company.id())) {
            actions.add(edit);
        }
        if (!official) {
            return actions;
        }
        if (company.status() != CompanyStatus.VERIFIED) {
            Button verify = new Button(getTranslation("company.decision.VERIFIED"), VaadinIcon.CHECK.create(),
                    click -> decide(company, CompanyStatus.VERIFIED,
                            () -> directory.getObject().verify(company.id(), company.version())));
            verify.setId("company-verify");
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            actions.add(verify);
        }
        if (company.status() == CompanyStatus.PENDING) {
            actions.add(decisionButton(company, CompanyStatus.REJECTED));
        }
        if (company.status() == CompanyStatus.VERIFIED) {
            actions.add(decisionButton(company, CompanyStatus.SUSPENDED));
        }
        return actions;
    }

    /** Rejection and suspension need a reason, which the company's members will read. */
    private Button decisionButton(CompanyDetails company, CompanyStatus decision) {
        String name = decision.name();
        Button button = new Button(getTranslation("company.decision." + name), click -> new ReasonDialog(
                getTranslation("company.decision.title." + name, company.name()),
                getTranslation("company.decision.text." + name), getTranslation("company.decision." + name),
                true, true, reason -> {
                    decide(company, decision, () -> {
                        if (decision == CompanyStatus.REJECTED) {
                            directory.getObject().reject(company.id(), company.version(), reason);
                        } else {
                            directory.getObject().suspend(company.id(), company.version(), reason);
                        }
                    });
                    return true;
                }).open());
        button.setId("company-" + name.toLowerCase());
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return button;
    }

    /** Either way the page shows the company as it is now: decided, or changed by someone else in between. */
    private void decide(CompanyDetails company, CompanyStatus decision, Runnable call) {
        if (Notices.attempt(call)) {
            Notices.success("company.decision.done." + decision.name());
        }
        show(company.id());
    }
}
