package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Component;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.HomeSection;
import kr.innocluster.portal.company.CompanyOnboardingService;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;

/**
 * On the home page of company users and of everyone without a staff role: register a company or ask to join one, a
 * waiting request, their company's status, or that their company access was withdrawn ({@link CompanyAccessCard}).
 */
@org.springframework.stereotype.Component
class CompanyHomeSection implements HomeSection {

    private final CompanyService companies;
    private final CompanyOnboardingService onboarding;
    private final DisplayZone zone;

    CompanyHomeSection(CompanyService companies, CompanyOnboardingService onboarding, DisplayZone zone) {
        this.companies = companies;
        this.onboarding = onboarding;
        this.zone = zone;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        return user.hasRole(Roles.COMPANY) || !(user.hasRole(Roles.OFFICIAL) || user.hasRole(Roles.OPERATOR)
                || user.hasRole(Roles.REVIEWER) || user.hasRole(Roles.ADMIN));
    }

    @Override
    public Component create(PortalUser user) {
        return new CompanyAccessCard("company-home", companies, onboarding, zone);
    }
}
