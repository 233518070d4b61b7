package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Comparator;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.company.CompanyDetails;
import kr.innocluster.portal.company.CompanyDirectoryService;
import kr.innocluster.portal.company.CompanyMemberService;
import kr.innocluster.portal.company.CompanyPageSection;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.company.CompanyValidationException;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Scope;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Everything about one company on one page: profile and status, members, change history, then the sections other
 * features contribute ({@link CompanyPageSection}). Officials also decide on verification here.
 */
@SpringComponent
@Scope("prototype")
class CompanyPage extends VerticalLayout {

    private final CompanyService companies;
    private final CompanyMemberService members;
    private final ObjectProvider<CompanyDirectoryService> directory;
    private final ObjectProvider<CompanyPageSection> sections;
    private final CurrentUser currentUser;
    private final DisplayZone zone;

    CompanyPage(CompanyService companies, CompanyMemberService members,
                ObjectProvider<CompanyDirectoryService> directory, ObjectProvider<CompanyPageSection> sections,
                CurrentUser currentUser, DisplayZone zone) {
        this.companies = companies;
        this.members = members;
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
        add(new CompanyProfileCard(company, zone, actions(company, user.hasRole(Roles.OFFICIAL))));
        add(new CompanyMembersPanel(members, id, companies.isManagedByCurrentUser(id), user.subject(), zone));
        add(new CompanyHistoryPanel(companies.history(id), zone));
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
        actions.add(edit);
        if (!official) {
            return actions;
        }
        if (company.status() != CompanyStatus.VERIFIED) {
            Button verify = new Button(getTranslation("company.decision.VERIFIED"), VaadinIcon.CHECK.create(),
                    click -> decide(company, () -> directory.getObject().verify(company.id(), company.version())));
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

    private Button decisionButton(CompanyDetails company, CompanyStatus decision) {
        Button button = new Button(getTranslation("company.decision." + decision.name()), click ->
                new CompanyDecisionDialog(decision, company.name(), dialog -> {
                    try {
                        if (decision == CompanyStatus.REJECTED) {
                            directory.getObject().reject(company.id(), company.version(), dialog.reason());
                        } else {
                            directory.getObject().suspend(company.id(), company.version(), dialog.reason());
                        }
                        dialog.close();
                        done(company.id(), decision);
                    } catch (CompanyValidationException refused) {
                        if (refused.errors().containsKey("reason")) {
                            dialog.showError(refused.errors().get("reason"));
                        } else {
                            dialog.close();
                            problem(company.id(), refused.errors().values().iterator().next());
                        }
                    } catch (ObjectOptimisticLockingFailureException concurrent) {
                        dialog.close();
                        problem(company.id(), "company.error.concurrent");
                    }
                }).open());
        button.setId("company-" + decision.name().toLowerCase());
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return button;
    }

    private void decide(CompanyDetails company, Runnable decision) {
        try {
            decision.run();
            done(company.id(), CompanyStatus.VERIFIED);
        } catch (CompanyValidationException refused) {
            problem(company.id(), refused.errors().values().iterator().next());
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            problem(company.id(), "company.error.concurrent");
        }
    }

    private void done(long id, CompanyStatus decision) {
        Notification.show(getTranslation("company.decision.done." + decision.name()), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show(id);
    }

    private void problem(long id, String messageKey) {
        Notification.show(getTranslation(messageKey), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        show(id);
    }
}
