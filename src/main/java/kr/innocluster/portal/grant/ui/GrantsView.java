package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.grant.AwaitingContract;
import kr.innocluster.portal.grant.GrantProjectService;
import kr.innocluster.portal.grant.ProjectSummary;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;

/** The grant projects the viewer may see (a company its own, officials all) and, for officials, contracts to prepare. */
@Route("grants")
@RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
@Menu(order = 24, title = "menu.grants", icon = "vaadin:money-exchange")
class GrantsView extends VerticalLayout implements HasDynamicTitle {

    GrantsView(GrantProjectService projects, CurrentUser currentUser) {
        addClassName("grant-page");
        boolean official = currentUser.require().hasRole(Roles.OFFICIAL);
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("grant.list.title")));
        head.setWidthFull();
        head.setAlignItems(Alignment.BASELINE);
        if (official) {
            Button dashboard = new Button(getTranslation("grant.list.dashboard"),
                    click -> getUI().ifPresent(ui -> ui.navigate(GrantDashboardView.class)));
            dashboard.setId("grant-dashboard-link");
            head.add(dashboard);
        }
        Paragraph hint = new Paragraph(getTranslation("grant.list.hint"));
        hint.addClassName("grant-hint");
        add(head, hint);
        if (official) {
            List<AwaitingContract> awaiting = projects.awaitingContracts();
            if (!awaiting.isEmpty()) {
                add(new H3(getTranslation("grant.list.awaiting")), hintOf("grant.list.awaitingHint"),
                        awaitingGrid(projects, awaiting));
            }
        }
        Grid<ProjectSummary> grid = new Grid<>();
        grid.setId("grant-projects");
        grid.addColumn(ProjectSummary::projectTitle).setHeader(getTranslation("grant.col.project")).setFlexGrow(2)
                .setResizable(true);
        if (official) {
            grid.addColumn(ProjectSummary::companyName).setHeader(getTranslation("grant.col.company")).setFlexGrow(1);
        }
        grid.addColumn(ProjectSummary::programTitle).setHeader(getTranslation("grant.col.program")).setFlexGrow(1);
        grid.addComponentColumn(p -> GrantBadges.project(p.status())).setHeader(getTranslation("grant.col.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.periodStart() + " ~ " + p.periodEnd()).setHeader(getTranslation("grant.col.period"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Money.won(p.governmentGrant())).setHeader(getTranslation("grant.col.grant"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(p -> Money.won(p.paid())).setHeader(getTranslation("grant.col.paid"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(p -> Money.won(p.spent())).setHeader(getTranslation("grant.col.spent"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setItems(query -> projects.projects(query.getOffset(), query.getLimit()).stream(),
                query -> projects.countProjects());
        grid.setEmptyStateText(getTranslation("grant.list.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(GrantProjectView.class, e.getItem().id())));
        grid.addClassName("grant-clickable");
        grid.addClassName("grant-project-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    private Grid<AwaitingContract> awaitingGrid(GrantProjectService projects, List<AwaitingContract> awaiting) {
        Grid<AwaitingContract> grid = new Grid<>();
        grid.setId("grant-awaiting");
        grid.addColumn(AwaitingContract::projectTitle).setHeader(getTranslation("grant.col.project")).setFlexGrow(2);
        grid.addColumn(AwaitingContract::companyName).setHeader(getTranslation("grant.col.company")).setFlexGrow(1);
        grid.addColumn(AwaitingContract::programTitle).setHeader(getTranslation("grant.col.program")).setFlexGrow(1);
        grid.addColumn(a -> Money.won(a.governmentGrant())).setHeader(getTranslation("grant.col.grant"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> {
            Button prepare = new Button(getTranslation("grant.list.prepare"), click -> Notices.attempt(() -> {
                long id = projects.prepareContract(a.applicationId());
                Notices.success("grant.list.prepared");
                getUI().ifPresent(ui -> ui.navigate(GrantProjectView.class, id));
            }));
            prepare.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            prepare.addClassName("grant-prepare");
            return prepare;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(awaiting);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Paragraph hintOf(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("grant-hint");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.grants") + " | " + getTranslation("app.name");
    }
}
