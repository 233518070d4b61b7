package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.company.CompanyChangeRequestService;
import kr.innocluster.portal.company.CompanyDetails;
import kr.innocluster.portal.company.CompanyForm;
import kr.innocluster.portal.company.CompanyNotFoundException;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;

/**
 * Edits a copy of the profile; saving sends the version it started from, so a colleague's or another official's
 * change in between is reported instead of overwritten. The service decides who may edit (officials and the
 * company's manager, see CompanyService#update), so the route only needs a signed-in person. For a verified company,
 * a hint says that changes to the verified facts wait for an official's approval.
 */
@Route("companies/:id([0-9]{1,18})/edit")
@PermitAll
class CompanyEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyService companies;
    private final CompanyChangeRequestService changeRequests;
    private final CurrentUser currentUser;
    private final CompanyFormFields fields;
    private final H2 title = new H2();
    private final Paragraph verifiedHint;
    private CompanyDetails editing;

    CompanyEditView(CompanyService companies, CompanyChangeRequestService changeRequests, CurrentUser currentUser,
                    Clock clock) {
        this.companies = companies;
        this.changeRequests = changeRequests;
        this.currentUser = currentUser;
        addClassName("narrow-page");
        fields = new CompanyFormFields(LocalDate.now(clock));
        Button save = new Button(getTranslation("company.action.save"), VaadinIcon.CHECK.create(), click -> save());
        save.setId("company-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("company.action.cancel"), click -> back());
        Paragraph hint = new Paragraph(getTranslation("company.edit.verifiedFactsHint"));
        hint.setId("company-verified-facts-hint");
        hint.addClassName("field-hint");
        hint.setVisible(false);
        this.verifiedHint = hint;
        add(title, hint, fields, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        try {
            editing = companies.details(id);
        } catch (CompanyNotFoundException notVisible) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title.setText(getTranslation("company.edit.title", editing.name()));
        fields.read(CompanyForm.of(editing));
        verifiedHint.setVisible(editing.status().membersHoldTheRole()
                && !currentUser.require().hasRole(Roles.OFFICIAL));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.page.edit") + " | " + getTranslation("app.name");
    }

    /** A change by someone else since the page opened is refused with a notice; the entered values stay on screen. */
    private void save() {
        if (fields.submit(CompanyForm.of(editing), form -> companies.update(editing.id(), editing.version(), form))) {
            boolean waits = changeRequests.pending(editing.id()).isPresent() && verifiedHint.isVisible();
            Notices.success(waits ? "company.edit.savedChangeRequested" : "company.edit.saved");
            back();
        }
    }

    private void back() {
        getUI().ifPresent(ui -> {
            if (currentUser.require().hasRole(Roles.COMPANY)) {
                ui.navigate(MyCompanyView.class);
            } else {
                ui.navigate(CompanyPageView.class, new RouteParameters("id", String.valueOf(editing.id())));
            }
        });
    }
}
