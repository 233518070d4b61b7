package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import kr.innocluster.portal.company.CompanyNotFoundException;
import kr.innocluster.portal.company.CompanyOnboardingService;
import kr.innocluster.portal.company.MyCompanyState;

/**
 * One company's page by id: officials open any, members only their own (others look like missing pages). The service
 * decides (see CompanyService#details); a member whose company access was withdrawn is shown that state instead.
 */
@Route("companies/:id([0-9]{1,18})")
@PermitAll
class CompanyPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyPage page;
    private final CompanyOnboardingService onboarding;

    CompanyPageView(CompanyPage page, CompanyOnboardingService onboarding) {
        this.page = page;
        this.onboarding = onboarding;
        addClassName("wide-page");
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        try {
            page.show(id);
        } catch (CompanyNotFoundException notVisible) {
            MyCompanyState mine = onboarding.myState();
            if (Long.valueOf(id).equals(mine.companyId()) && !mine.mayOpenCompany()) {
                event.forwardTo(CompanyStartView.class);
            } else {
                event.rerouteToError(NotFoundException.class);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.page.title") + " | " + getTranslation("app.name");
    }
}
