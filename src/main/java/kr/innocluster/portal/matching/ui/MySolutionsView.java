package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.company.CompanyService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.matching.CatalogueService;
import kr.innocluster.portal.matching.Consultation;
import kr.innocluster.portal.matching.ConsultationService;
import kr.innocluster.portal.matching.SolutionSummary;
import kr.innocluster.portal.security.Roles;

/** A supplier's own solutions (publish, edit, track record) and the consultation requests addressed to it. */
@Route("solutions/mine")
@RolesAllowed(Roles.COMPANY)
@Menu(order = 53, title = "menu.mySolutions", icon = "vaadin:package")
class MySolutionsView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogueService catalogue;
    private final ConsultationService consultations;
    private final DisplayZone zone;
    private final Clock clock;
    private final Grid<SolutionSummary> grid = new Grid<>();
    private final Div incoming = new Div();

    MySolutionsView(CatalogueService catalogue, ConsultationService consultations, CompanyService companies,
                    DisplayZone zone, Clock clock) {
        this.catalogue = catalogue;
        this.consultations = consultations;
        this.zone = zone;
        this.clock = clock;
        addClassName("matching-page");
        add(new H2(getTranslation("matching.mine.title")));
        boolean supplier = companies.myCompany().map(CompanySummary::supplier).orElse(false);
        if (supplier) {
            Button publish = new Button(getTranslation("matching.mine.new"),
                    click -> new SolutionDialog(catalogue, null, this::refresh).open());
            publish.setId("publish-solution");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(publish);
        } else {
            Paragraph hint = new Paragraph(getTranslation("matching.mine.notSupplier"));
            hint.addClassName("field-hint");
            add(hint);
        }
        grid.addColumn(SolutionSummary::name).setHeader(getTranslation("matching.col.name")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("matching.category." + s.category().name()))
                .setHeader(getTranslation("matching.col.category")).setAutoWidth(true);
        grid.addColumn(s -> MatchingLabels.price(s, this::getTranslation))
                .setHeader(getTranslation("matching.col.price")).setAutoWidth(true);
        grid.addComponentColumn(s -> MatchingLabels.trackRecord(s.trackRecord(), this::getTranslation))
                .setHeader(getTranslation("matching.col.track")).setFlexGrow(2);
        grid.addComponentColumn(s -> {
            Button edit = new Button(getTranslation("matching.mine.edit"),
                    click -> new SolutionDialog(catalogue, s, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("matching.mine.empty"));
        grid.setAllRowsVisible(true);
        incoming.setId("incoming-requests");
        add(grid, new H3(getTranslation("matching.incoming.title")), incoming);
        refresh();
    }

    private void refresh() {
        grid.setItems(catalogue.mySolutions());
        incoming.removeAll();
        List<Consultation> requests = consultations.incoming();
        if (requests.isEmpty()) {
            incoming.add(new Paragraph(getTranslation("matching.incoming.empty")));
        }
        requests.forEach(c -> incoming.add(new ConsultationCard(c, true, consultations, zone, clock, this::refresh)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.mine.title");
    }
}
