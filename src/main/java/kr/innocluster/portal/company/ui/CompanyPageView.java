package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.company.CompanyNotFoundException;
import kr.innocluster.portal.security.Roles;

/** One company's page by id: officials open any, company users only their own (others look like missing pages). */
@Route("companies/:id([0-9]{1,18})")
@RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
class CompanyPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyPage page;

    CompanyPageView(CompanyPage page) {
        this.page = page;
        addClassName("wide-page");
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        try {
            page.show(id);
        } catch (CompanyNotFoundException notVisible) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.page.title") + " | " + getTranslation("app.name");
    }
}
