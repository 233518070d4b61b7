package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.matching.Consultation;
import kr.innocluster.portal.matching.ConsultationService;
import kr.innocluster.portal.matching.MentoringService;
import kr.innocluster.portal.matching.PipelineLine;
import kr.innocluster.portal.matching.Roadmap;
import kr.innocluster.portal.security.Roles;

/**
 * Officials: the consultation pipeline per supplier and per program, deployments reported "not in use" at the
 * follow-up, and the open requests for another mentor or solution.
 */
@Route("matching-admin")
@RolesAllowed(Roles.OFFICIAL)
@Menu(order = 55, title = "menu.matchingAdmin", icon = "vaadin:chart-timeline")
class MatchingAdminView extends VerticalLayout implements HasDynamicTitle {

    private final MentoringService mentoring;
    private final Grid<Roadmap.ChangeRequest> changes = new Grid<>();

    MatchingAdminView(ConsultationService consultations, MentoringService mentoring, DisplayZone zone) {
        this.mentoring = mentoring;
        addClassName("matching-page");
        Grid<PipelineLine> bySupplier = pipeline();
        bySupplier.setId("pipeline-by-supplier");
        bySupplier.setItems(consultations.pipelineBySupplier());
        Grid<PipelineLine> byProgram = pipeline();
        byProgram.setItems(consultations.pipelineByProgram());
        Grid<Consultation> unused = new Grid<>();
        unused.setId("installed-but-unused");
        unused.addColumn(Consultation::demandCompanyName).setHeader(getTranslation("matching.col.demand"));
        unused.addColumn(c -> c.supplierName() + " · " + c.solutionName())
                .setHeader(getTranslation("matching.col.name"));
        unused.addColumn(Consultation::followUpNote).setHeader(getTranslation("matching.col.reason")).setFlexGrow(2);
        unused.setItems(consultations.installedButUnused());
        unused.setEmptyStateText(getTranslation("matching.admin.unusedEmpty"));
        unused.setAllRowsVisible(true);
        unused.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(Roadmap.ChangeRequest::companyName).setHeader(getTranslation("matching.col.company"));
        changes.addColumn(c -> getTranslation("matching.change." + c.kind().name()))
                .setHeader(getTranslation("matching.col.kind")).setAutoWidth(true);
        changes.addColumn(Roadmap.ChangeRequest::reason).setHeader(getTranslation("matching.col.reason"))
                .setFlexGrow(2);
        changes.addColumn(c -> zone.formatDate(c.requestedAt())).setAutoWidth(true);
        changes.addComponentColumn(this::decide).setAutoWidth(true).setFlexGrow(0);
        changes.setEmptyStateText(getTranslation("matching.admin.changesEmpty"));
        changes.setAllRowsVisible(true);
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.setItems(mentoring.openChangeRequests());
        Paragraph mentorHint = new Paragraph(getTranslation("matching.admin.mentorHint"));
        mentorHint.addClassName("field-hint");
        add(new H2(getTranslation("matching.admin.title")), new H3(getTranslation("matching.admin.bySupplier")),
                bySupplier, new H3(getTranslation("matching.admin.byProgram")), byProgram,
                new H3(getTranslation("matching.admin.unused")), unused,
                new H3(getTranslation("matching.admin.changes")), mentorHint, changes);
    }

    private Grid<PipelineLine> pipeline() {
        Grid<PipelineLine> grid = new Grid<>();
        grid.addColumn(PipelineLine::name).setHeader(getTranslation("matching.col.group")).setFlexGrow(2);
        grid.addColumn(PipelineLine::requested).setHeader(getTranslation("matching.col.requested")).setAutoWidth(true);
        grid.addColumn(PipelineLine::accepted).setHeader(getTranslation("matching.col.accepted")).setAutoWidth(true);
        grid.addColumn(PipelineLine::met).setHeader(getTranslation("matching.col.met")).setAutoWidth(true);
        grid.addColumn(PipelineLine::contracted).setHeader(getTranslation("matching.col.contracted"))
                .setAutoWidth(true);
        grid.addColumn(PipelineLine::declined).setHeader(getTranslation("matching.col.declined")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("matching.catalogue.empty"));
        return grid;
    }

    private HorizontalLayout decide(Roadmap.ChangeRequest c) {
        Button grant = new Button(getTranslation("matching.admin.grant"), click -> decide(c, true));
        grant.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        Button refuse = new Button(getTranslation("matching.admin.refuse"), click -> decide(c, false));
        refuse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(grant, refuse);
    }

    private void decide(Roadmap.ChangeRequest c, boolean grant) {
        new ReasonDialog(getTranslation(grant ? "matching.admin.grant" : "matching.admin.refuse"), c.reason(),
                getTranslation(grant ? "matching.admin.grant" : "matching.admin.refuse"), false, !grant,
                note -> Notices.attempt(() -> {
                    mentoring.decideChange(c.id(), grant, note);
                    Notices.success("matching.admin.decided");
                    changes.setItems(mentoring.openChangeRequests());
                })).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.admin.title");
    }
}
