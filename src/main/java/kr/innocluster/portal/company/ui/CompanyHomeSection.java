package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import kr.innocluster.portal.base.ui.HomeSection;
import kr.innocluster.portal.company.CompanyDetails;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;

/** On a company user's home: "register your company" when they have none, else its status (and a rejection reason). */
@org.springframework.stereotype.Component
class CompanyHomeSection implements HomeSection {

    private final CompanyService companies;

    CompanyHomeSection(CompanyService companies) {
        this.companies = companies;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        return user.hasRole(Roles.COMPANY);
    }

    @Override
    public Component create(PortalUser user) {
        UI ui = UI.getCurrent();
        Div card = new Div();
        card.addClassNames("card", "company-home");
        card.setId("company-home");
        companies.myCompany().map(summary -> companies.details(summary.id())).ifPresentOrElse(company -> {
            card.add(new H3(ui.getTranslation("company.home.status.title", company.name())),
                    CompanyLabels.statusBadge(company.status(), ui::getTranslation),
                    new Paragraph(ui.getTranslation("company.home.status.text." + company.status().name())));
            reason(company, ui).ifPresent(reason -> card.add(reason));
            card.add(button(ui, "company.home.open", VaadinIcon.BUILDING_O, "company-home-open", MyCompanyView.class));
        }, () -> {
            card.addClassName("company-call-to-action");
            card.add(new H3(ui.getTranslation("company.home.none.title")),
                    new Paragraph(ui.getTranslation("company.home.none.text")),
                    button(ui, "company.home.none.action", VaadinIcon.PLUS_CIRCLE, "register-company-cta",
                            CompanyRegistrationView.class));
        });
        return card;
    }

    private static Optional<Component> reason(CompanyDetails company, UI ui) {
        if (company.statusReason() == null || company.status() == CompanyStatus.VERIFIED) {
            return Optional.empty();
        }
        Paragraph reason = new Paragraph(ui.getTranslation("company.page.reason", company.statusReason()));
        reason.setId("company-home-reason");
        return Optional.of(reason);
    }

    private static Button button(UI ui, String key, VaadinIcon icon, String id,
                                 Class<? extends Component> target) {
        Button button = new Button(ui.getTranslation(key), icon.create(), click -> ui.navigate(target));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }
}
