package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.LoadFailureState;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.ApplicationSummary;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The company's applications and where each stands. */
@Route("my-applications")
@RolesAllowed(Roles.COMPANY)
@Menu(order = 22, title = "menu.myApplications", icon = "vaadin:file-text-o")
class MyApplicationsView extends VerticalLayout implements HasDynamicTitle {

    MyApplicationsView(ApplicationService applications, DisplayZone zone) {
        setSizeFull();
        setId("my-applications");
        add(new Paragraph(getTranslation("program.my.intro")));
        Grid<ApplicationSummary> grid = new Grid<>();
        grid.addColumn(ApplicationSummary::programTitle).setHeader(getTranslation("program.field.program"))
                .setFlexGrow(2);
        grid.addColumn(ApplicationSummary::projectTitle).setHeader(getTranslation("program.field.projectTitle"))
                .setFlexGrow(2);
        grid.addColumn(a -> Money.won(a.requestedAmount())).setHeader(getTranslation("program.field.requested"));
        grid.addComponentColumn(a -> ProgramBadges.status(this, a.status()))
                .setHeader(getTranslation("program.field.status"));
        grid.addColumn(a -> Money.won(a.grantedAmount())).setHeader(getTranslation("program.field.granted"));
        grid.addColumn(a -> zone.formatDateTime(a.submittedAt())).setHeader(getTranslation("program.field.submittedAt"));
        // a failed load says so; the empty state ("no applications yet") only when there really are none
        var loading = LoadFailureState.guard(grid, getTranslation("program.my.empty"));
        grid.setItemsPageable(pageable -> loading.load(() -> applications.myApplications(PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"))).getContent()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ApplicationEditorView.class,
                new RouteParameters("applicationId", String.valueOf(e.getItem().id())))));
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myApplications") + " | " + getTranslation("app.name");
    }
}
