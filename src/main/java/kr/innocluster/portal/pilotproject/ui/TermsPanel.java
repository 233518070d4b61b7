package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.pilotproject.DataScope;
import kr.innocluster.portal.pilotproject.PilotProjectService;
import kr.innocluster.portal.pilotproject.ProjectDetails;
import kr.innocluster.portal.pilotproject.TermsState;

/**
 * The data terms in force and their history; the company narrows them (a narrower scope, no publication) or withdraws
 * them here.
 */
class TermsPanel extends Div {

    TermsPanel(PilotProjectService projects, ProjectDetails p, DisplayZone zone, Runnable refresh) {
        addClassNames("card", "pp-card", "pp-terms-card");
        setId("pp-terms-card");
        TermsState t = p.terms();
        add(new H3(getTranslation("pp.terms.title")));
        if (t.withdrawn()) {
            Paragraph withdrawn = new Paragraph(getTranslation("pp.terms.withdrawnNote"));
            withdrawn.addClassName("pp-withdrawn");
            withdrawn.setId("pp-terms-withdrawn");
            add(withdrawn);
        } else {
            add(ProjectUi.fact(this, "pp.field.scope", getTranslation("pp.scope." + t.scope().name())),
                    ProjectUi.fact(this, "pp.terms.publishShort", getTranslation(t.publishVerification()
                            ? "pp.yes" : "pp.no")));
        }
        add(ProjectUi.fact(this, "pp.terms.version", t.version() + " (" + zone.formatDateTime(t.changedAt()) + ", "
                + t.changedByName() + ")"));
        UnorderedList history = new UnorderedList();
        history.setId("pp-terms-history");
        history.addClassName("pp-history");
        projects.termsHistory(p.id()).forEach(h -> history.add(new ListItem(zone.formatDateTime(h.changedAt())
                + " " + h.changedByName() + ": " + (h.withdrawn() ? getTranslation("pp.terms.withdrawnShort")
                : getTranslation("pp.scope." + h.scope().name()) + ", " + getTranslation(h.publishVerification()
                ? "pp.terms.published" : "pp.terms.notPublished")) + " (v" + h.version() + ")")));
        add(new Paragraph(getTranslation("pp.terms.history")), history);
        if (p.mine() && !t.withdrawn()) {
            Select<DataScope> scope = new Select<>();
            scope.setId("pp-narrow-scope");
            scope.setLabel(getTranslation("pp.terms.narrowTo"));
            scope.setItems(Arrays.stream(DataScope.values()).filter(s -> s.narrowerOrEqual(t.scope())).toList());
            scope.setItemLabelGenerator(s -> getTranslation("pp.scope." + s.name()));
            scope.setValue(t.scope());
            scope.setWidth("18rem");
            Checkbox publish = new Checkbox(getTranslation("pp.field.publish"), t.publishVerification());
            publish.setId("pp-narrow-publish");
            publish.setEnabled(t.publishVerification());
            Button narrow = new Button(getTranslation("pp.terms.narrow"), e -> {
                if (Notices.attempt(() -> projects.narrowTerms(p.id(), scope.getValue(), publish.getValue()))) {
                    Notices.success("pp.terms.narrowed");
                    refresh.run();
                }
            });
            narrow.setId("pp-narrow");
            Button withdraw = new Button(getTranslation("pp.terms.withdraw"), e -> new ConfirmAction(
                    getTranslation("pp.terms.withdraw"), getTranslation("pp.terms.withdrawText"),
                    getTranslation("pp.terms.withdraw"), true, () -> {
                        if (Notices.attempt(() -> projects.withdrawTerms(p.id()))) {
                            Notices.success("pp.terms.withdrawn");
                            refresh.run();
                            return true;
                        }
                        return false;
                    }).open());
            withdraw.setId("pp-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout actions = new HorizontalLayout(scope, publish, narrow, withdraw);
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            actions.addClassName("pp-actions");
            add(actions);
        }
    }
}
