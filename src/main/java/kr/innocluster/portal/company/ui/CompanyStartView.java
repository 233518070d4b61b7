package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.company.CompanyAccessState;
import kr.innocluster.portal.company.CompanyOnboardingService;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.MyCompanyState;

/**
 * Anyone signed in: the way into a company. Someone whose company they may open goes straight to it; everyone else
 * sees where they stand ({@link CompanyAccessCard}): register or ask to join, a waiting request, or withdrawn access.
 */
@Route("my-company/start")
@PermitAll
class CompanyStartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyService companies;
    private final CompanyOnboardingService onboarding;
    private final DisplayZone zone;

    CompanyStartView(CompanyService companies, CompanyOnboardingService onboarding, DisplayZone zone) {
        this.companies = companies;
        this.onboarding = onboarding;
        this.zone = zone;
        addClassName("narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MyCompanyState state = onboarding.myState();
        if (state.state() == CompanyAccessState.ACTIVE) {
            event.forwardTo(MyCompanyView.class);
            return;
        }
        if (state.state() == CompanyAccessState.AWAITING_VERIFICATION) {
            event.forwardTo(CompanyPageView.class, new RouteParameters("id", String.valueOf(state.companyId())));
            return;
        }
        removeAll();
        add(new H2(getTranslation("company.start.title")),
                new CompanyAccessCard("company-start", companies, onboarding, zone));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.start.title") + " | " + getTranslation("app.name");
    }
}
