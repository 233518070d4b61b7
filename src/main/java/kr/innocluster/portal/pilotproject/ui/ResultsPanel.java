package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.pilotproject.DataScope;
import kr.innocluster.portal.pilotproject.KpiView;
import kr.innocluster.portal.pilotproject.PilotProjectService;
import kr.innocluster.portal.pilotproject.PilotResultService;
import kr.innocluster.portal.pilotproject.ProjectDetails;
import kr.innocluster.portal.pilotproject.ProjectStatus;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;

/** KPIs with target and result; staff record and verify the results, officials publish a verified case. */
class ResultsPanel extends Div {

    ResultsPanel(PilotResultService results, PilotProjectService projects, ProjectDetails p, CurrentUser currentUser,
                 Runnable refresh) {
        addClassNames("card", "pp-card");
        setId("pp-results-card");
        add(new H3(getTranslation("pp.results.title")));
        Grid<KpiView> grid = new Grid<>();
        grid.setId("pp-kpis");
        grid.addColumn(KpiView::name).setHeader(getTranslation("pp.kpi.name")).setFlexGrow(2);
        grid.addColumn(ProjectUi::target).setHeader(getTranslation("pp.kpi.target")).setAutoWidth(true);
        grid.addColumn(ProjectUi::measured).setHeader(getTranslation("pp.kpi.measured")).setAutoWidth(true);
        grid.addColumn(k -> k.method() == null ? "-" : k.method()).setHeader(getTranslation("pp.kpi.method"))
                .setFlexGrow(2);
        grid.addComponentColumn(k -> ProjectUi.met(grid, k)).setHeader(getTranslation("pp.kpi.met"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(p.kpis());
        grid.setAllRowsVisible(true);
        add(grid);
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("pp-actions");
        boolean canRecord = p.status() == ProjectStatus.RUNNING || p.status() == ProjectStatus.RESULTS_RECORDED;
        if (p.staff() && canRecord) {
            Button record = new Button(getTranslation("pp.results.record"),
                    e -> new ResultsDialog(results, p.id(), p.kpis(), refresh).open());
            record.setId("pp-record-results");
            actions.add(record);
        }
        if (p.staff() && p.status() == ProjectStatus.RESULTS_RECORDED) {
            Button verify = new Button(getTranslation("pp.results.verify"), e -> new ConfirmAction(
                    getTranslation("pp.results.verify"), getTranslation("pp.results.verifyText"),
                    getTranslation("pp.results.verify"), false, () -> {
                        if (Notices.attempt(() -> results.verify(p.id()))) {
                            Notices.success("pp.results.verified");
                            refresh.run();
                            return true;
                        }
                        return false;
                    }).open());
            verify.setId("pp-verify");
            verify.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            actions.add(verify);
        }
        boolean official = currentUser.get().filter(u -> u.hasRole(Roles.OFFICIAL)).isPresent();
        if (official && p.status() == ProjectStatus.VERIFIED && p.terms().scope() == DataScope.ANONYMISED_LIBRARY
                && !p.terms().withdrawn()) {
            Button publish = new Button(getTranslation("pp.results.publish"), e -> {
                if (Notices.attempt(() -> projects.publish(p.id()))) {
                    Notices.success("pp.results.published");
                    refresh.run();
                }
            });
            publish.setId("pp-publish-case");
            actions.add(publish);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
    }
}
