package kr.innocluster.portal.identity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.identity.RoleChange;
import kr.innocluster.portal.identity.RoleChangeState;

/** Grants and revocations with who, why, when and whether Keycloak has them; optionally with the person concerned. */
class RoleChangeList extends Composite<Grid<RoleChange>> {

    RoleChangeList(List<RoleChange> changes, DisplayZone zone, boolean withPerson) {
        Grid<RoleChange> grid = getContent();
        grid.addClassName("identity-changes");
        grid.setId(withPerson ? "recent-role-changes" : "person-role-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(c -> whenAndWho(c, zone)).setHeader(getTranslation("identity.change.time"))
                .setAutoWidth(true).setFlexGrow(0);
        if (withPerson) {
            grid.addColumn(RoleChange::username).setHeader(getTranslation("identity.change.person")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addComponentColumn(this::change).setHeader(getTranslation("identity.change.change")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RoleChange::reason).setHeader(getTranslation("identity.change.reason")).setFlexGrow(1)
                .setWidth("10rem");
        grid.addComponentColumn(this::state).setHeader(getTranslation("identity.change.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(changes);
        grid.setEmptyStateText(getTranslation(withPerson ? "identity.changes.empty" : "identity.person.history.empty"));
    }

    /** When it was decided and by whom, on two lines. */
    private Div whenAndWho(RoleChange change, DisplayZone zone) {
        Span by = new Span(getTranslation("identity.change.byWhom", change.decidedByUsername()));
        by.addClassName("identity-change-by");
        Div cell = new Div(new Span(zone.formatDateTime(change.decidedAt())), by);
        cell.addClassName("identity-change-when");
        return cell;
    }

    private Span change(RoleChange change) {
        Span badge = new Span(getTranslation("identity.change." + (change.grant() ? "GRANT" : "REVOKE")) + " · "
                + getTranslation("role." + change.role()));
        badge.getElement().getThemeList().add(change.grant() ? "badge success small" : "badge error small");
        return badge;
    }

    private Span state(RoleChange change) {
        Span badge = new Span(getTranslation("identity.state." + change.state().name(), change.attempts()));
        badge.getElement().getThemeList().add(change.state() == RoleChangeState.APPLIED ? "badge success small"
                : change.state() == RoleChangeState.PENDING ? "badge small" : "badge error small");
        badge.addClassName("identity-change-state");
        if (change.lastError() != null) {
            badge.setTitle(change.lastError());
        }
        return badge;
    }
}
