package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.pilotproject.CaseStudy;
import kr.innocluster.portal.pilotproject.KpiView;

/** One anonymised success case: industry, technologies, what was proven, KPIs target vs measured. */
class CaseCard extends Div {

    CaseCard(CaseStudy c, DisplayZone zone) {
        addClassNames("card", "pp-case");
        getElement().setAttribute("data-case", Long.toString(c.id()));
        Div tags = new Div();
        tags.addClassName("pp-case-tags");
        Span industry = new Span(getTranslation("pp.industry." + c.industry().name()));
        industry.getElement().getThemeList().addAll(List.of("badge", "contrast"));
        tags.add(industry);
        c.tags().stream().sorted().forEach(t -> {
            Span tag = new Span(getTranslation("pp.tag." + t.name()));
            tag.getElement().getThemeList().add("badge");
            tag.addClassName("pp-case-tag");
            tags.add(tag);
        });
        Paragraph objective = new Paragraph(c.objective());
        objective.addClassName("pp-case-objective");
        Div kpis = new Div();
        kpis.addClassName("pp-case-kpis");
        for (KpiView k : c.kpis()) {
            Span name = new Span(k.name());
            name.addClassName("pp-case-kpi-name");
            Span values = new Span(getTranslation("pp.case.kpiLine", ProjectUi.target(k), ProjectUi.measured(k)));
            values.addClassName("pp-case-kpi-values");
            Div line = new Div(name, ProjectUi.met(this, k), values);
            line.addClassName("pp-case-kpi");
            kpis.add(line);
        }
        Span meta = new Span(getTranslation("pp.case.meta", String.join(", ", c.resources()),
                c.periodStart() == null ? "-" : zone.formatDate(c.periodStart()),
                c.verifiedAt() == null ? "-" : zone.formatDate(c.verifiedAt())));
        meta.addClassName("pp-case-meta");
        add(tags, new H3(c.title()), objective, kpis, meta);
    }
}
