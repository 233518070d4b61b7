package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.company.CompanyPageSection;
import kr.innocluster.portal.pilotproject.PilotProjectService;
import kr.innocluster.portal.pilotproject.ProjectSummary;

/** On a company's page (officials): its pilot projects with their state and data terms. */
@org.springframework.stereotype.Component
class ProjectsCompanySection implements CompanyPageSection {

    private final PilotProjectService projects;
    private final DisplayZone zone;

    ProjectsCompanySection(PilotProjectService projects, DisplayZone zone) {
        this.projects = projects;
        this.zone = zone;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public String titleKey() {
        return "pp.companySection.title";
    }

    @Override
    public Component create(long companyId) {
        Grid<ProjectSummary> grid = new Grid<>();
        grid.setId("company-pilot-projects");
        grid.addColumn(ProjectSummary::title).setHeader(grid.getTranslation("pp.field.title")).setFlexGrow(2);
        grid.addColumn(ProjectSummary::solution).setHeader(grid.getTranslation("pp.field.solution")).setFlexGrow(1);
        grid.addComponentColumn(p -> ProjectUi.status(grid, p.status()))
                .setHeader(grid.getTranslation("pp.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> grid.getTranslation("pp.scope." + p.scope().name()))
                .setHeader(grid.getTranslation("pp.field.scope")).setAutoWidth(true);
        grid.addColumn(p -> zone.formatDate(p.createdAt())).setHeader(grid.getTranslation("pp.field.createdAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(projects.projectsOfCompany(companyId));
        grid.setEmptyStateText(grid.getTranslation("pp.companySection.empty"));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(ProjectView.class,
                new RouteParameters("projectId", Long.toString(e.getItem().id())))));
        return grid;
    }
}
