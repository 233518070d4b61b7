package kr.innocluster.portal.diagnosis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.diagnosis.DiagnosisService;
import kr.innocluster.portal.diagnosis.DiagnosisSummary;
import kr.innocluster.portal.security.Roles;

/** A company's diagnosis home: the latest result against the regional average, the history, a new self-assessment. */
@Route("diagnosis")
@RolesAllowed(Roles.COMPANY)
@Menu(order = 50, title = "menu.diagnosis", icon = "vaadin:chart-3d")
class DiagnosisView extends VerticalLayout implements HasDynamicTitle {

    DiagnosisView(DiagnosisService diagnoses, DisplayZone zone) {
        addClassName("diagnosis-page");
        Paragraph intro = new Paragraph(getTranslation("diagnosis.intro"));
        intro.addClassName("field-hint");
        Button start = new Button(getTranslation("diagnosis.start"),
                click -> getUI().ifPresent(ui -> ui.navigate(DiagnosisFormView.class)));
        start.setId("start-diagnosis");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("diagnosis.title")), intro, start);
        List<DiagnosisSummary> history = diagnoses.myHistory();
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("diagnosis.none")));
            return;
        }
        long latest = history.getFirst().id();
        add(new ResultPanel(diagnoses.details(latest), diagnoses.comparison(latest),
                diagnoses.scoring().cutOffs(), zone));
        add(new H3(getTranslation("diagnosis.history.title")), historyGrid(history, zone));
    }

    private Grid<DiagnosisSummary> historyGrid(List<DiagnosisSummary> history, DisplayZone zone) {
        Grid<DiagnosisSummary> grid = new Grid<>();
        grid.setId("diagnosis-history");
        grid.addColumn(d -> zone.formatDate(d.submittedAt())).setHeader(getTranslation("diagnosis.col.submittedAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(d -> DiagnosisLabels.status(d.status(), this::getTranslation))
                .setHeader(getTranslation("diagnosis.col.status")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("diagnosis.level.short", d.overallLevel()))
                .setHeader(getTranslation("diagnosis.col.level")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("diagnosis.score", d.overallScore()))
                .setHeader(getTranslation("diagnosis.col.score")).setAutoWidth(true);
        grid.addColumn(d -> d.visitDate() == null ? "" : DisplayZone.DATE.format(d.visitDate()))
                .setHeader(getTranslation("diagnosis.col.visit")).setAutoWidth(true);
        grid.addComponentColumn(d -> {
            Button open = new Button(getTranslation("diagnosis.open"),
                    click -> getUI().ifPresent(ui -> ui.navigate("diagnosis/review/" + d.id())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("diagnosis.title");
    }
}
