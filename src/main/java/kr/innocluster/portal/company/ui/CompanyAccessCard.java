package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import java.util.function.Consumer;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.company.CompanyAccessState;
import kr.innocluster.portal.company.CompanyDetails;
import kr.innocluster.portal.company.CompanyOnboardingService;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.company.MyCompanyState;

/**
 * Where the signed-in person stands with companies, as one card on their home page and the start screen: register or
 * ask to join, a request waiting, their company's status, or that their company access was withdrawn.
 */
class CompanyAccessCard extends Div {

    private final CompanyService companies;
    private final CompanyOnboardingService onboarding;
    private final DisplayZone zone;

    CompanyAccessCard(String id, CompanyService companies, CompanyOnboardingService onboarding, DisplayZone zone) {
        this.companies = companies;
        this.onboarding = onboarding;
        this.zone = zone;
        setId(id);
        render();
    }

    /** Opens the person's company: "my company" with the role, the company page while it waits for verification. */
    static void openCompany(UI ui, MyCompanyState state) {
        if (state.state() == CompanyAccessState.ACTIVE) {
            ui.navigate(MyCompanyView.class);
        } else {
            ui.navigate(CompanyPageView.class, new RouteParameters("id", String.valueOf(state.companyId())));
        }
    }

    private void render() {
        removeAll();
        setClassName("card");
        addClassName("company-home");
        MyCompanyState state = onboarding.myState();
        switch (state.state()) {
            case NONE -> newcomer(state);
            case JOIN_REQUESTED -> joinRequested(state);
            case ACTIVE, AWAITING_VERIFICATION -> member(state);
            case ACCESS_PENDING -> accessPending(state);
            case WITHDRAWN -> {
                addClassName("company-home-warning");
                message("company-access-withdrawn", "company.access.withdrawn.title",
                        "company.access.withdrawn.text", state.companyName());
            }
        }
    }

    private void newcomer(MyCompanyState state) {
        addClassName("company-call-to-action");
        add(new H3(getTranslation("company.home.none.title")), new Paragraph(getTranslation("company.home.none.text")));
        Button register = button("company.home.none.action", VaadinIcon.PLUS_CIRCLE, "register-company-cta",
                ui -> ui.navigate(CompanyRegistrationView.class));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button join = button("company.home.join.action", VaadinIcon.USERS, "join-company-cta",
                ui -> ui.navigate(JoinRequestView.class));
        if (!state.emailVerified()) {
            Paragraph unverified = new Paragraph(getTranslation("company.home.emailUnverified"));
            unverified.setId("company-email-unverified");
            unverified.addClassName("company-home-note");
            add(unverified);
            register.setEnabled(false);
            join.setEnabled(false);
        }
        add(actions(register, join));
    }

    private void joinRequested(MyCompanyState state) {
        add(new H3(getTranslation("company.join.sent.title", state.joinRequest().companyName())),
                new Paragraph(getTranslation("company.join.sent.text", state.joinRequest().companyName(),
                        zone.formatDateTime(state.joinRequest().requestedAt()))));
        Button cancel = button("company.join.cancel", VaadinIcon.CLOSE_SMALL, "join-cancel", ui -> {
            if (Notices.attempt(() -> onboarding.cancelMyJoinRequest(state.joinRequest().id()))) {
                Notices.success("company.join.cancelled");
            }
            render();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(actions(cancel));
    }

    private void member(MyCompanyState state) {
        CompanyDetails company = companies.details(state.companyId());
        add(new H3(getTranslation("company.home.status.title", company.name())),
                CompanyLabels.statusBadge(company.status(), this::getTranslation),
                new Paragraph(getTranslation("company.home.status.text." + company.status().name())));
        if (company.statusReason() != null && company.status() != CompanyStatus.VERIFIED) {
            Paragraph reason = new Paragraph(getTranslation("company.page.reason", company.statusReason()));
            reason.setId("company-home-reason");
            add(reason);
        }
        if (state.pendingJoinRequests() > 0) {
            Paragraph waiting = new Paragraph(getTranslation("company.home.joinRequests",
                    state.pendingJoinRequests()));
            waiting.setId("company-home-join-requests");
            waiting.addClassName("company-home-note");
            add(waiting);
        }
        Button open = button("company.home.open", VaadinIcon.BUILDING_O, "company-home-open",
                ui -> openCompany(ui, state));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(actions(open));
    }

    /** Verified, member, the role on its way (Keycloak may be away): the company's badge and what happens next. */
    private void accessPending(MyCompanyState state) {
        addClassName("company-home-pending");
        H3 title = new H3(getTranslation("company.access.pending.title"));
        title.setId("company-access-pending");
        add(title, CompanyLabels.statusBadge(state.companyStatus(), this::getTranslation),
                new Paragraph(getTranslation("company.access.pending.text", state.companyName())));
    }

    private void message(String id, String titleKey, String textKey, String companyName) {
        H3 title = new H3(getTranslation(titleKey));
        title.setId(id);
        add(title, new Paragraph(getTranslation(textKey, companyName)));
    }

    private Button button(String key, VaadinIcon icon, String id, Consumer<UI> action) {
        Button button = new Button(getTranslation(key), icon.create(),
                click -> getUI().ifPresent(action));
        button.setId(id);
        return button;
    }

    private static Component actions(Component... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("company-home-actions");
        return actions;
    }
}
