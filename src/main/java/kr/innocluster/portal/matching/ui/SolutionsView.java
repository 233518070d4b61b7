package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.matching.CatalogueService;
import kr.innocluster.portal.matching.ConsultationService;
import kr.innocluster.portal.matching.SolutionCategory;
import kr.innocluster.portal.matching.SolutionSummary;
import kr.innocluster.portal.matching.SupplierFlag;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;

/**
 * Companies: ranked recommendations with their reasons, their needs, and the searchable catalogue. Officials: the
 * catalogue, with the closed/suspended flag on a supplier.
 */
@Route("solutions")
@RolesAllowed({Roles.COMPANY, Roles.OFFICIAL})
@Menu(order = 52, title = "menu.solutions", icon = "vaadin:connect")
class SolutionsView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogueService catalogue;
    private final ConsultationService consultations;
    private final ApplicationService applications;
    private final boolean official;
    private final Grid<SolutionSummary> grid = new Grid<>();

    SolutionsView(CatalogueService catalogue, ConsultationService consultations, ApplicationService applications,
                  CurrentUser currentUser) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.consultations = consultations;
        this.official = currentUser.require().hasRole(Roles.OFFICIAL);
        addClassName("matching-page");
        add(new H2(getTranslation("matching.solutions.title")));
        if (!official) {
            RecommendationList recommendations = new RecommendationList(catalogue, consultations, applications);
            add(new NeedsEditor(catalogue, recommendations::refresh), recommendations);
        }
        add(new H3(getTranslation("matching.catalogue.title")), catalogueGrid());
    }

    private Component catalogueGrid() {
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("matching.catalogue.search"));
        search.setId("catalogue-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22rem");
        Select<SolutionCategory> category = new Select<>();
        category.setItems(SolutionCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("matching.catalogue.category"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("matching.catalogue.category")
                : getTranslation("matching.category." + c.name()));
        grid.setId("catalogue");
        grid.addColumn(SolutionSummary::name).setHeader(getTranslation("matching.col.name")).setFlexGrow(2);
        grid.addColumn(SolutionSummary::supplierName).setHeader(getTranslation("matching.col.supplier")).setFlexGrow(1);
        grid.addColumn(s -> getTranslation("matching.category." + s.category().name()))
                .setHeader(getTranslation("matching.col.category")).setAutoWidth(true);
        grid.addColumn(s -> MatchingLabels.price(s, this::getTranslation))
                .setHeader(getTranslation("matching.col.price")).setAutoWidth(true);
        grid.addComponentColumn(s -> MatchingLabels.trackRecord(s.trackRecord(), this::getTranslation))
                .setHeader(getTranslation("matching.col.track")).setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setItems(query -> catalogue.search(search.getValue(), category.getValue(), query.getOffset(),
                query.getLimit()).stream(), query -> (int) catalogue.count(search.getValue(), category.getValue()));
        grid.setEmptyStateText(getTranslation("matching.catalogue.empty"));
        grid.setHeight("28rem");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        category.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setWidthFull();
        Div catalogueBlock = new Div(new HorizontalLayout(search, category), grid);
        catalogueBlock.setWidthFull();
        return catalogueBlock;
    }

    private Component details(SolutionSummary s) {
        Div details = new Div(new SolutionDetails(s));
        if (official) {
            Button flag = new Button(getTranslation(s.trackRecord().flagged() ? "matching.admin.unflag"
                    : "matching.admin.flag"));
            flag.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            flag.addClickListener(click -> {
                if (s.trackRecord().flagged()) {
                    Notices.attempt(() -> {
                        catalogue.clearFlag(s.supplierCompanyId());
                        Notices.success("matching.admin.unflagged");
                        grid.getDataProvider().refreshAll();
                    });
                    return;
                }
                new ReasonDialog(getTranslation("matching.admin.flag"), s.supplierName(),
                        getTranslation("matching.admin.flag"), true, true, reason -> Notices.attempt(() -> {
                            catalogue.flagSupplier(s.supplierCompanyId(), SupplierFlag.Kind.CLOSED, reason);
                            Notices.success("matching.admin.flagged");
                            grid.getDataProvider().refreshAll();
                        })).open();
            });
            details.add(flag);
        } else {
            Button request = new Button(getTranslation("matching.request.open"),
                    click -> new RequestDialog(consultations, applications, s, () -> { }).open());
            request.addThemeVariants(ButtonVariant.LUMO_SMALL);
            request.setEnabled(!s.trackRecord().flagged());
            details.add(request);
        }
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.solutions.title");
    }
}
