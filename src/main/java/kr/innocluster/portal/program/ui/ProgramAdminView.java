package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.program.ProgramService;
import kr.innocluster.portal.program.ProgramStatus;
import kr.innocluster.portal.program.ProgramSummary;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Officials' list of every program (drafts included), with budget use; opens a program's management page. */
@Route("program-admin")
@RolesAllowed(Roles.OFFICIAL)
@Menu(order = 21, title = "menu.programAdmin", icon = "vaadin:briefcase")
class ProgramAdminView extends VerticalLayout implements HasDynamicTitle {

    ProgramAdminView(ProgramService programs, DisplayZone zone) {
        setSizeFull();
        setId("program-admin");
        Button create = new Button(getTranslation("program.admin.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ProgramEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-program");

        Grid<ProgramSummary> grid = new Grid<>();
        grid.addColumn(ProgramSummary::title).setHeader(getTranslation("program.field.title")).setFlexGrow(3);
        grid.addColumn(ProgramSummary::hostOrganisation).setHeader(getTranslation("program.field.host")).setFlexGrow(2);
        grid.addComponentColumn(p -> ProgramBadges.badge(stateText(p), p.status() == ProgramStatus.DRAFT
                ? "badge contrast" : p.open() ? "badge success" : "badge")).setHeader(getTranslation("program.field.state"));
        grid.addColumn(p -> zone.formatDate(p.closesAt())).setHeader(getTranslation("program.field.closesAt"));
        grid.addColumn(p -> Money.won(p.approvedTotal()) + " / " + Money.won(p.totalBudget()))
                .setHeader(getTranslation("program.field.budgetUse")).setFlexGrow(2);
        grid.setItemsPageable(pageable -> programs.allPrograms(PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"))).getContent());
        grid.setEmptyStateText(getTranslation("program.admin.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ProgramManageView.class,
                new RouteParameters("programId", String.valueOf(e.getItem().id())))));
        grid.setSizeFull();
        add(create, grid);
    }

    private String stateText(ProgramSummary p) {
        if (p.status() != ProgramStatus.PUBLISHED) {
            return getTranslation("program.programStatus." + p.status().name());
        }
        return getTranslation(p.open() ? "program.state.open" : "program.state.closed");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.programAdmin") + " | " + getTranslation("app.name");
    }
}
