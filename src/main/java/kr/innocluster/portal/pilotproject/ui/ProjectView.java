package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.pilotproject.PilotProjectService;
import kr.innocluster.portal.pilotproject.PilotResultService;
import kr.innocluster.portal.pilotproject.PilotRunService;
import kr.innocluster.portal.pilotproject.ProjectDetails;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;

/**
 * One pilot project for its company and the pilot factory's staff: the plan, the data terms, bookings, runs with their
 * data, results and the 실증확인서. Each block shows the actions the viewer has.
 */
@Route("pilot-projects/:projectId(\\d+)")
@RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PilotProjectService projects;
    private final PilotRunService runs;
    private final PilotResultService results;
    private final DisplayZone zone;
    private final CurrentUser currentUser;
    private long projectId;
    private String title = "";

    ProjectView(PilotProjectService projects, PilotRunService runs, PilotResultService results, DisplayZone zone,
                CurrentUser currentUser) {
        this.projects = projects;
        this.runs = runs;
        this.results = results;
        this.zone = zone;
        this.currentUser = currentUser;
        setId("pp-project");
        addClassName("pp-project");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = Long.parseLong(event.getRouteParameters().get("projectId").orElseThrow());
        try {
            render();
        } catch (kr.innocluster.portal.base.NotFoundException e) {
            throw new NotFoundException();
        }
    }

    private void render() {
        ProjectDetails p = projects.details(projectId);
        title = p.title();
        removeAll();
        H2 heading = new H2(p.title());
        heading.setId("pp-project-title");
        Div header = new Div(heading, ProjectUi.status(this, p.status()));
        header.addClassName("pp-header");
        Div plan = ProjectUi.card("pp-plan");
        plan.add(ProjectUi.fact(this, "pp.field.company", p.companyName()),
                ProjectUi.fact(this, "pp.field.solution", p.solution()),
                ProjectUi.fact(this, "pp.field.industry", getTranslation("pp.industry." + p.industry().name())),
                ProjectUi.fact(this, "pp.field.tags", p.tags().stream().sorted()
                        .map(t -> getTranslation("pp.tag." + t.name())).collect(Collectors.joining(", "))),
                ProjectUi.fact(this, "pp.field.plannedRuns", Integer.toString(p.plannedRuns())),
                ProjectUi.fact(this, "pp.field.createdAt", zone.formatDate(p.createdAt())),
                ProjectUi.fact(this, "pp.field.objective", p.objective()));
        add(header, new Paragraph(getTranslation("pp.status." + p.status().name() + ".hint")), plan);
        if (p.status().verified() || p.certificateCode() != null) {
            add(new CertificatePanel(results, p, zone));
        }
        add(new ResultsPanel(results, projects, p, currentUser, this::render),
                new BookingsPanel(projects, p, zone, this::render),
                new RunsPanel(runs, p, zone, this::render),
                new TermsPanel(projects, p, zone, this::render),
                new DownloadsPanel(runs, p, zone));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
