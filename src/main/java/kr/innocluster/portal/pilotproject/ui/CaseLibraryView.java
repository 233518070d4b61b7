package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.pilotproject.CaseLibraryService;
import kr.innocluster.portal.pilotproject.CaseStudy;
import kr.innocluster.portal.pilotproject.PilotIndustry;
import kr.innocluster.portal.pilotproject.TechnologyTag;
import org.springframework.data.domain.PageRequest;

/** The public case library (성공 사례): published, anonymised pilot projects by technology, industry and words. */
@Route("cases")
@AnonymousAllowed
@Menu(order = 35, title = "menu.cases", icon = "vaadin:trophy")
class CaseLibraryView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 30;

    private final CaseLibraryService library;
    private final DisplayZone zone;
    private final Select<TechnologyTag> tag = new Select<>();
    private final Select<PilotIndustry> industry = new Select<>();
    private final TextField text = new TextField();
    private final Div cards = new Div();
    private final Paragraph count = new Paragraph();

    CaseLibraryView(CaseLibraryService library, DisplayZone zone) {
        this.library = library;
        this.zone = zone;
        setId("pp-cases");
        add(new Paragraph(getTranslation("pp.case.intro")));
        tag.setId("pp-case-tag");
        tag.setLabel(getTranslation("pp.field.tags"));
        tag.setItems(TechnologyTag.values());
        tag.setItemLabelGenerator(t -> t == null ? getTranslation("pp.case.all") : getTranslation("pp.tag." + t.name()));
        tag.setEmptySelectionAllowed(true);
        tag.setEmptySelectionCaption(getTranslation("pp.case.all"));
        industry.setId("pp-case-industry");
        industry.setLabel(getTranslation("pp.field.industry"));
        industry.setItems(PilotIndustry.values());
        industry.setItemLabelGenerator(i -> i == null ? getTranslation("pp.case.all")
                : getTranslation("pp.industry." + i.name()));
        industry.setEmptySelectionAllowed(true);
        industry.setEmptySelectionCaption(getTranslation("pp.case.all"));
        text.setId("pp-case-text");
        text.setLabel(getTranslation("pp.case.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        tag.addValueChangeListener(e -> refresh());
        industry.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(tag, industry, text);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("pp-case-filters");
        cards.addClassNames("card-grid", "pp-case-grid");
        count.setId("pp-case-count");
        add(filters, count, cards);
        refresh();
    }

    private void refresh() {
        long total = library.countCases(tag.getValue(), industry.getValue(), text.getValue());
        List<CaseStudy> found = library.cases(tag.getValue(), industry.getValue(), text.getValue(),
                PageRequest.of(0, PAGE));
        cards.removeAll();
        count.setText(total == 0 ? getTranslation("pp.case.none")
                : getTranslation("pp.case.count", total, Math.min(total, PAGE)));
        found.forEach(c -> cards.add(new CaseCard(c, zone)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.cases") + " | " + getTranslation("app.name");
    }
}
