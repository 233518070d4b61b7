package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.seminar.SeminarAdminRow;
import kr.innocluster.portal.seminar.SeminarService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** All seminars with live seat counts; officials create seminars and open each one's desk from here. */
@Route("seminar-admin")
@RolesAllowed(Roles.OFFICIAL)
@Menu(order = 32, title = "menu.seminarAdmin", icon = "vaadin:presentation")
class SeminarAdminView extends VerticalLayout implements HasDynamicTitle {

    SeminarAdminView(SeminarService seminars, DisplayZone zone) {
        setSizeFull();
        setId("seminar-admin");
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("seminar.admin.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("seminar-search");
        Button create = new Button(getTranslation("seminar.admin.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(SeminarEditorView.class,
                        new RouteParameters("seminarId", "new"))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-seminar");

        Grid<SeminarAdminRow> grid = new Grid<>();
        grid.addColumn(row -> zone.formatDateTime(row.startsAt())).setHeader(getTranslation("seminar.admin.startsAt"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("startsAt");
        grid.addColumn(SeminarAdminRow::title).setHeader(getTranslation("seminar.admin.title")).setFlexGrow(1)
                .setSortProperty("title");
        grid.addComponentColumn(row -> SeminarUi.seminarBadge(this, row.status()))
                .setHeader(getTranslation("seminar.admin.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.confirmed() + " / " + row.capacity())
                .setHeader(getTranslation("seminar.admin.confirmed")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SeminarAdminRow::waitlisted).setHeader(getTranslation("seminar.admin.waitlisted"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> seminars.adminPage(search.getValue(), PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(),
                pageable.getSort().isSorted() ? pageable.getSort() : Sort.by(Sort.Direction.DESC, "startsAt")))
                .getContent());
        grid.setEmptyStateText(getTranslation("seminar.admin.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(SeminarDeskView.class,
                new RouteParameters("seminarId", String.valueOf(click.getItem().id())))));
        grid.setSizeFull();
        grid.setId("seminar-admin-grid");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        add(toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.seminarAdmin") + " | " + getTranslation("app.name");
    }
}
