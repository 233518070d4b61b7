package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import kr.innocluster.portal.pilotproject.KpiView;
import kr.innocluster.portal.pilotproject.ProjectStatus;

/** Small pieces every pilot-project view shows alike: status badges, KPI texts, label/value lines. */
final class ProjectUi {

    private ProjectUi() {
    }

    static Span status(Component owner, ProjectStatus status) {
        String theme = switch (status) {
            case PLANNED -> "badge";
            case RUNNING, RESULTS_RECORDED -> "badge contrast";
            case VERIFIED, PUBLISHED -> "badge success";
            case WITHDRAWN -> "badge error";
        };
        Span badge = new Span(owner.getTranslation("pp.status." + status.name()));
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        badge.addClassNames("pp-status", "pp-status-" + status.name().toLowerCase());
        return badge;
    }

    static String number(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    static String target(KpiView kpi) {
        return kpi.comparator().symbol() + " " + number(kpi.target()) + " " + kpi.unit();
    }

    static String measured(KpiView kpi) {
        return kpi.measured() == null ? "-" : number(kpi.measured()) + " " + kpi.unit();
    }

    static Span met(Component owner, KpiView kpi) {
        if (kpi.met() == null) {
            return new Span("-");
        }
        Span badge = new Span(owner.getTranslation(kpi.met() ? "pp.kpi.metYes" : "pp.kpi.metNo"));
        badge.getElement().getThemeList().addAll(List.of("badge", kpi.met() ? "success" : "error"));
        badge.addClassName("pp-met");
        return badge;
    }

    /** A "label: value" line of a fact sheet. */
    static Div fact(Component owner, String labelKey, String value) {
        Span label = new Span(owner.getTranslation(labelKey));
        label.addClassName("pp-fact-label");
        Span text = new Span(value == null || value.isBlank() ? "-" : value);
        text.addClassName("pp-fact-value");
        Div line = new Div(label, text);
        line.addClassName("pp-fact");
        return line;
    }

    static Div card(String className) {
        Div card = new Div();
        card.addClassNames("card", "pp-card", className);
        return card;
    }
}
