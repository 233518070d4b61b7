package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.company.CompanyPageSection;
import kr.innocluster.portal.program.ApplicationSummary;
import kr.innocluster.portal.program.IntakeService;

/** On a company's page: its applications to support programs, their status and the grants approved. */
@org.springframework.stereotype.Component
class ProgramCompanySection implements CompanyPageSection {

    private final IntakeService intake;
    private final DisplayZone zone;

    ProgramCompanySection(IntakeService intake, DisplayZone zone) {
        this.intake = intake;
        this.zone = zone;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "program.companySection.title";
    }

    @Override
    public Component create(long companyId) {
        Grid<ApplicationSummary> grid = new Grid<>();
        grid.setId("company-program-applications");
        grid.addColumn(ApplicationSummary::programTitle).setHeader(grid.getTranslation("program.field.program"))
                .setFlexGrow(2);
        grid.addColumn(ApplicationSummary::projectTitle).setHeader(grid.getTranslation("program.field.projectTitle"))
                .setFlexGrow(2);
        grid.addComponentColumn(a -> ProgramBadges.status(grid, a.status()))
                .setHeader(grid.getTranslation("program.field.status"));
        grid.addColumn(a -> Money.won(a.grantedAmount())).setHeader(grid.getTranslation("program.field.granted"));
        grid.addColumn(a -> zone.formatDate(a.submittedAt())).setHeader(grid.getTranslation("program.field.submittedAt"));
        grid.setItems(intake.applicationsOfCompany(companyId));
        grid.setEmptyStateText(grid.getTranslation("program.companySection.empty"));
        grid.setAllRowsVisible(true);
        return grid;
    }
}
