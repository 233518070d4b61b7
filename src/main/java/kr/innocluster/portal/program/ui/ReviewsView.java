package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.program.AssignmentSummary;
import kr.innocluster.portal.program.ReviewService;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A reviewer's assignments (only theirs); opening the page also puts them in the pool officials assign from. */
@Route("reviews")
@RolesAllowed(Roles.REVIEWER)
@Menu(order = 23, title = "menu.reviews", icon = "vaadin:clipboard-check")
class ReviewsView extends VerticalLayout implements HasDynamicTitle {

    ReviewsView(ReviewService reviews, DisplayZone zone) {
        setSizeFull();
        setId("reviews");
        reviews.registerMe();
        Grid<AssignmentSummary> grid = new Grid<>();
        grid.addColumn(AssignmentSummary::programTitle).setHeader(getTranslation("program.field.program")).setFlexGrow(2);
        grid.addColumn(a -> a.companyName() == null ? getTranslation("program.review.blind") : a.companyName())
                .setHeader(getTranslation("program.field.company")).setFlexGrow(2);
        grid.addColumn(AssignmentSummary::projectTitle).setHeader(getTranslation("program.field.projectTitle"))
                .setFlexGrow(2);
        grid.addComponentColumn(a -> ProgramBadges.badge(getTranslation(a.submitted() ? "program.review.submitted"
                : "program.review.inProgress"), a.submitted() ? "badge success" : "badge"))
                .setHeader(getTranslation("program.field.status"));
        grid.addColumn(a -> zone.formatDate(a.assignedAt())).setHeader(getTranslation("program.review.assignedAt"));
        grid.setItemsPageable(pageable -> reviews.myAssignments(PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"))).getContent());
        grid.setEmptyStateText(getTranslation("program.review.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReviewSheetView.class,
                new RouteParameters("assignmentId", String.valueOf(e.getItem().assignmentId())))));
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reviews") + " | " + getTranslation("app.name");
    }
}
