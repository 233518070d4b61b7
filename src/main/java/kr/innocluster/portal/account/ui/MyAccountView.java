package kr.innocluster.portal.account.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import kr.innocluster.portal.account.AccountService;
import kr.innocluster.portal.account.AccountSummary;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.security.Roles;
import org.springframework.beans.factory.annotation.Value;

/** The signed-in person's profile as Keycloak knows it, their roles, and where to change password or details. */
@Route("account")
@PermitAll
@Menu(order = 90, title = "menu.account", icon = "vaadin:user-card")
class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    MyAccountView(AccountService accountService, DisplayZone displayZone,
                  @Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri}") String issuerUri) {
        addClassName("narrow-page");
        AccountSummary account = accountService.myAccount();
        FormLayout details = new FormLayout();
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        details.addFormItem(value("account-name", account.displayName()), getTranslation("account.name"));
        details.addFormItem(value("account-username", account.username()), getTranslation("account.username"));
        details.addFormItem(value("account-email", account.email()), getTranslation("account.email"));
        details.addFormItem(value("account-roles", Roles.ALL.stream().filter(account.roles()::contains)
                .map(role -> getTranslation("role." + role)).collect(Collectors.joining(", "))),
                getTranslation("account.roles"));
        details.addFormItem(value("account-first-login", displayZone.formatDateTime(account.firstLoginAt())),
                getTranslation("account.firstLogin"));
        details.addFormItem(value("account-language",
                getTranslation("account.language." + account.language().getLanguage())),
                getTranslation("account.language"));

        Anchor keycloakAccount = new Anchor(issuerUri + "/account", getTranslation("account.manageInKeycloak"));
        keycloakAccount.setTarget("_blank");
        add(details, new Paragraph(getTranslation("account.managedByKeycloak")), keycloakAccount);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.account") + " | " + getTranslation("app.name");
    }

    private static Span value(String id, String text) {
        Span span = new Span(text == null ? "" : text);
        span.setId(id);
        return span;
    }
}
