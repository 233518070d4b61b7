package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.pilotproject.PilotProjectService;
import kr.innocluster.portal.pilotproject.ProjectSummary;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.PageRequest;

/** The company's pilot projects (with "new project"), or every project for the pilot factory's staff. */
@Route("pilot-projects")
@RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
@Menu(order = 43, title = "menu.pilotProjects", icon = "vaadin:flask")
class PilotProjectsView extends VerticalLayout implements HasDynamicTitle {

    PilotProjectsView(PilotProjectService projects, DisplayZone zone, CurrentUser currentUser) {
        setId("pp-projects");
        setSizeFull();
        add(new Paragraph(getTranslation("pp.list.intro")));
        boolean company = currentUser.get().filter(u -> u.hasRole(Roles.COMPANY)).isPresent();
        if (company) {
            Button create = new Button(getTranslation("pp.list.new"), VaadinIcon.PLUS.create());
            create.setId("pp-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> create.getUI().ifPresent(ui -> ui.navigate(ProjectFormView.class)));
            add(create);
        }
        Grid<ProjectSummary> grid = new Grid<>();
        grid.setId("pp-project-grid");
        grid.addColumn(ProjectSummary::title).setHeader(getTranslation("pp.field.title")).setFlexGrow(3)
                .setTooltipGenerator(ProjectSummary::title);
        grid.addColumn(ProjectSummary::companyName).setHeader(getTranslation("pp.field.company")).setAutoWidth(true)
                .setVisible(!company);
        grid.addColumn(ProjectSummary::solution).setHeader(getTranslation("pp.field.solution")).setFlexGrow(2)
                .setTooltipGenerator(ProjectSummary::solution);
        grid.addComponentColumn(p -> ProjectUi.status(grid, p.status())).setHeader(getTranslation("pp.field.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("pp.scope." + p.scope().name()))
                .setHeader(getTranslation("pp.field.scope")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> zone.formatDate(p.createdAt())).setHeader(getTranslation("pp.field.createdAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> projects.page(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> Math.toIntExact(projects.count()));
        grid.setEmptyStateText(getTranslation(company ? "pp.list.emptyCompany" : "pp.list.empty"));
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(ProjectView.class,
                new RouteParameters("projectId", Long.toString(e.getItem().id())))));
        grid.addClassName("pp-clickable-rows");
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.pilotProjects") + " | " + getTranslation("app.name");
    }
}
