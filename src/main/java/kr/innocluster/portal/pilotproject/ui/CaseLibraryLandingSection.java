package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.LandingSection;
import kr.innocluster.portal.pilotproject.CaseLibraryService;
import kr.innocluster.portal.pilotproject.CaseStudy;
import org.springframework.data.domain.PageRequest;

/** The landing page's "success cases" block: the latest published cases and a link to the library. */
@org.springframework.stereotype.Component
class CaseLibraryLandingSection implements LandingSection {

    private final CaseLibraryService library;
    private final DisplayZone zone;

    CaseLibraryLandingSection(CaseLibraryService library, DisplayZone zone) {
        this.library = library;
        this.zone = zone;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Div section = new Div();
        section.setId("landing-cases");
        section.setWidthFull();
        section.add(new H2(section.getTranslation("pp.landing.title")));
        List<CaseStudy> latest = library.cases(null, null, "", PageRequest.of(0, 3));
        if (latest.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("pp.case.none")));
        } else {
            Div grid = new Div();
            grid.addClassNames("card-grid", "pp-case-grid");
            latest.forEach(c -> grid.add(new CaseCard(c, zone)));
            section.add(grid);
        }
        RouterLink all = new RouterLink(section.getTranslation("pp.landing.all"), CaseLibraryView.class);
        all.setId("landing-cases-all");
        section.add(all);
        return section;
    }
}
