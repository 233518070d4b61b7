package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.pilotfactory.PilotFactoryService;
import kr.innocluster.portal.pilotfactory.ResourceSummary;
import kr.innocluster.portal.security.Roles;

/** Operators keep the pilot factory's resources: settings, opening hours, photo and maintenance blackouts. */
@Route("pilot-factory/resources")
@RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
@Menu(order = 41, title = "menu.pilotFactoryResources", icon = "vaadin:cogs")
class ResourcesView extends VerticalLayout implements HasDynamicTitle {

    private final PilotFactoryService factory;
    private final Grid<ResourceSummary> grid = new Grid<>();

    ResourcesView(PilotFactoryService factory, DisplayZone displayZone) {
        this.factory = factory;
        setSizeFull();
        Button create = new Button(getTranslation("pf.resources.new"), VaadinIcon.PLUS.create(),
                click -> new ResourceDialog(factory, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("pf-new-resource");

        grid.setId("pf-resources");
        grid.addColumn(ResourceSummary::name).setHeader(getTranslation("pf.resource.name")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(r -> getTranslation("pf.kind." + r.kind())).setHeader(getTranslation("pf.resource.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.site() + (r.location() == null ? "" : " · " + r.location()))
                .setHeader(getTranslation("pf.resource.location")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("pf.resources.lengths", r.slotMinutes(), r.minMinutes() / 60.0,
                r.maxMinutes() / 60.0)).setHeader(getTranslation("pf.resources.bookingRules")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("pf.resources.leadHours", r.leadHours()))
                .setHeader(getTranslation("pf.resource.lead")).setAutoWidth(true);
        grid.addColumn(r -> r.monthlyQuotaHours() == null ? getTranslation("pf.resource.noQuota")
                : getTranslation("pf.resource.quota", r.monthlyQuotaHours()))
                .setHeader(getTranslation("pf.resource.quotaHours")).setAutoWidth(true);
        grid.addComponentColumn(this::flags).setHeader(getTranslation("pf.resources.flags")).setAutoWidth(true);
        grid.addComponentColumn(r -> actions(r, displayZone)).setHeader(getTranslation("pf.col.actions"))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("pf.calendar.noResources"));
        grid.setSizeFull();
        add(create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(factory.resources());
    }

    private Component flags(ResourceSummary r) {
        HorizontalLayout flags = new HorizontalLayout();
        flags.setSpacing(false);
        flags.addClassName("pf-badges");
        if (r.requiresApprovedApplication()) {
            flags.add(badge("pf.resource.grantOnly", "badge contrast small"));
        }
        flags.add(r.active() ? badge("pf.resources.active", "badge success small")
                : badge("pf.resources.inactive", "badge error small"));
        return flags;
    }

    private Component actions(ResourceSummary r, DisplayZone displayZone) {
        Button edit = new Button(getTranslation("pf.edit"), click -> new ResourceDialog(factory, r, this::refresh)
                .open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button blackouts = new Button(getTranslation("pf.blackouts.button"),
                click -> new BlackoutsDialog(factory, r, displayZone).open());
        blackouts.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        return new HorizontalLayout(edit, blackouts);
    }

    private Span badge(String key, String theme) {
        Span span = new Span(getTranslation(key));
        span.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.pilotFactoryResources") + " | " + getTranslation("app.name");
    }
}
