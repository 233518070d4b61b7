package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.LandingSection;
import kr.innocluster.portal.seminar.SeminarCard;
import kr.innocluster.portal.seminar.SeminarService;

/** The landing page's "upcoming seminars" block with remaining seats. */
@org.springframework.stereotype.Component
class UpcomingSeminarsSection implements LandingSection {

    private final SeminarService seminars;
    private final DisplayZone zone;

    UpcomingSeminarsSection(SeminarService seminars, DisplayZone zone) {
        this.seminars = seminars;
        this.zone = zone;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Div section = new Div();
        section.setId("landing-seminars");
        section.setWidthFull();
        H2 title = new H2(section.getTranslation("seminar.landing.title"));
        section.add(title);
        List<SeminarCard> upcoming = seminars.upcoming(3);
        if (upcoming.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("seminar.list.empty")));
            return section;
        }
        Div grid = new Div();
        grid.addClassName("card-grid");
        upcoming.forEach(seminar -> grid.add(new SeminarCardComponent(seminar, zone)));
        section.add(grid, new RouterLink(section.getTranslation("seminar.landing.all"), SeminarListView.class));
        return section;
    }
}
