package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.security.Roles;

/** A company user's own company; without one they are led to the start screen (register or ask to join). */
@Route("my-company")
@RolesAllowed(Roles.COMPANY)
@Menu(order = 20, title = "menu.myCompany", icon = "vaadin:building-o")
class MyCompanyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanyService companies;
    private final CompanyPage page;

    MyCompanyView(CompanyService companies, CompanyPage page) {
        this.companies = companies;
        this.page = page;
        addClassName("wide-page");
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        companies.myCompany().map(CompanySummary::id).ifPresentOrElse(page::show,
                () -> event.forwardTo(CompanyStartView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myCompany") + " | " + getTranslation("app.name");
    }
}
