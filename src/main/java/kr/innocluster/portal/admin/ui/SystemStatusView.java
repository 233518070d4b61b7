package kr.innocluster.portal.admin.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.admin.SystemStatus;
import kr.innocluster.portal.admin.SystemStatusService;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.security.Roles;

/** Version, database and identity-provider facts for the administrator. */
@Route("admin/system")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 80, title = "menu.system", icon = "vaadin:server")
class SystemStatusView extends VerticalLayout implements HasDynamicTitle {

    SystemStatusView(SystemStatusService service, DisplayZone displayZone) {
        addClassName("narrow-page");
        SystemStatus status = service.status();
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        facts.addFormItem(new Span(status.portalVersion()), getTranslation("system.version"));
        facts.addFormItem(new Span(status.javaVersion()), getTranslation("system.java"));
        facts.addFormItem(new Span(status.databaseVersion()), getTranslation("system.database"));
        facts.addFormItem(new Span(status.schemaVersion()), getTranslation("system.schema"));
        facts.addFormItem(new Span(String.valueOf(status.accounts())), getTranslation("system.accounts"));
        facts.addFormItem(new Span(displayZone.formatDateTime(status.startedAt())), getTranslation("system.startedAt"));
        facts.addFormItem(new Span(getTranslation("system.uptime.value", status.uptime().toHours(),
                status.uptime().toMinutesPart())), getTranslation("system.uptime"));
        facts.addFormItem(new Span(status.identityProvider()), getTranslation("system.identityProvider"));
        add(facts, new Paragraph(getTranslation("system.usersInKeycloak")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.system") + " | " + getTranslation("app.name");
    }
}
