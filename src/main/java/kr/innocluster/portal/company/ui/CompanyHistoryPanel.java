package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.company.CompanyChange;

/** Who changed what of the company profile and when, newest first. */
class CompanyHistoryPanel extends Composite<VerticalLayout> {

    CompanyHistoryPanel(List<CompanyChange> changes, DisplayZone zone) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        Grid<CompanyChange> grid = new Grid<>();
        grid.setId("company-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> zone.formatDateTime(c.changedAt())).setHeader(getTranslation("company.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CompanyChange::changedBy).setHeader(getTranslation("company.history.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation("company.field." + c.field())).setHeader(getTranslation("company.history.field"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> CompanyLabels.historyValue(c.field(), c.oldValue(), this::getTranslation))
                .setHeader(getTranslation("company.history.old")).setFlexGrow(1);
        grid.addColumn(c -> CompanyLabels.historyValue(c.field(), c.newValue(), this::getTranslation))
                .setHeader(getTranslation("company.history.new")).setFlexGrow(1);
        grid.setItems(changes);
        grid.setEmptyStateText(getTranslation("company.history.empty"));
        if (changes.size() <= 8) {
            grid.setAllRowsVisible(true);
        } else {
            grid.addClassName("company-history-long");
        }
        layout.add(new H3(getTranslation("company.page.history")), grid);
    }
}
