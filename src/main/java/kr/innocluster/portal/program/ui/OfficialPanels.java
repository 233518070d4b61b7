package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.program.AgreementService;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.ApplicationSummary;
import kr.innocluster.portal.program.AuditRecord;
import kr.innocluster.portal.program.IntakeService;
import kr.innocluster.portal.program.ProgramService;
import kr.innocluster.portal.program.SelectionService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Builds the tabs of a program's management page from the services they need. */
@SpringComponent
@UIScope
class OfficialPanels {

    private final ProgramService programs;
    private final IntakeService intake;
    private final SelectionService selection;
    private final AgreementService agreements;
    private final ApplicationService applications;
    private final DisplayZone zone;

    OfficialPanels(ProgramService programs, IntakeService intake, SelectionService selection,
                   AgreementService agreements, ApplicationService applications, DisplayZone zone) {
        this.programs = programs;
        this.intake = intake;
        this.selection = selection;
        this.agreements = agreements;
        this.applications = applications;
        this.zone = zone;
    }

    Component intake(long programId, Runnable changed) {
        Grid<ApplicationSummary> grid = new Grid<>();
        grid.setId("intake-grid");
        grid.addColumn(ApplicationSummary::companyName).setHeader(grid.getTranslation("program.field.company"))
                .setFlexGrow(2);
        grid.addColumn(ApplicationSummary::projectTitle).setHeader(grid.getTranslation("program.field.projectTitle"))
                .setFlexGrow(2);
        grid.addColumn(a -> Money.won(a.requestedAmount())).setHeader(grid.getTranslation("program.field.requested"));
        grid.addComponentColumn(a -> ProgramBadges.status(grid, a.status()))
                .setHeader(grid.getTranslation("program.field.status"));
        grid.addComponentColumn(a -> a.eligible() == null ? ProgramBadges.badge("-", "badge contrast")
                        : ProgramBadges.badge(grid.getTranslation(a.eligible() ? "program.eligible" : "program.notEligible"),
                        a.eligible() ? "badge success" : "badge error"))
                .setHeader(grid.getTranslation("program.field.eligibility"));
        grid.addColumn(a -> zone.formatDateTime(a.submittedAt())).setHeader(grid.getTranslation("program.field.submittedAt"));
        grid.setItemsPageable(pageable -> intake.applications(programId, PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by("submittedAt", "id"))).getContent());
        grid.setEmptyStateText(grid.getTranslation("program.manage.noApplications"));
        grid.addItemClickListener(e -> openApplication(e.getItem().id(), changed));
        grid.setSizeFull();
        return grid;
    }

    Component ranking(long programId, int passThreshold, Runnable changed) {
        return new RankingGrid(selection.ranking(programId), passThreshold, id -> openApplication(id, changed));
    }

    Component audit(long programId) {
        Grid<AuditRecord> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(r -> zone.formatDateTime(r.at())).setHeader(grid.getTranslation("program.audit.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::actorName).setHeader(grid.getTranslation("program.audit.who")).setAutoWidth(true);
        grid.addColumn(r -> grid.getTranslation("program.audit." + r.action().name()))
                .setHeader(grid.getTranslation("program.audit.what")).setAutoWidth(true);
        grid.addColumn(r -> r.applicationId() == null ? "" : "#" + r.applicationId())
                .setHeader(grid.getTranslation("program.audit.application")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.eligibilityReasons().isEmpty() ? r.detail() : String.join("; ",
                        r.eligibilityReasons().stream().map(reason -> grid.getTranslation(reason.messageKey(),
                                reason.requirementIn(grid::getTranslation))).toList()))
                .setHeader(grid.getTranslation("program.audit.why")).setFlexGrow(2);
        grid.setItemsPageable(pageable -> programs.auditTrail(programId, PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).getContent());
        grid.setSizeFull();
        return grid;
    }

    private void openApplication(long applicationId, Runnable changed) {
        new OfficialApplicationDialog(applicationId, intake, selection, agreements, applications, zone, changed).open();
    }
}
