package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.seminar.SeminarCard;
import kr.innocluster.portal.seminar.SeminarService;

/** Upcoming seminars with their remaining seats; open to visitors. */
@Route("seminars")
@AnonymousAllowed
@Menu(order = 30, title = "menu.seminars", icon = "vaadin:calendar-user")
class SeminarListView extends VerticalLayout implements HasDynamicTitle {

    SeminarListView(SeminarService seminars, DisplayZone zone) {
        setId("seminar-list");
        add(new Paragraph(getTranslation("seminar.list.intro")));
        List<SeminarCard> upcoming = seminars.upcoming(60);
        if (upcoming.isEmpty()) {
            add(new Paragraph(getTranslation("seminar.list.empty")));
            return;
        }
        Div grid = new Div();
        grid.addClassName("card-grid");
        upcoming.forEach(seminar -> grid.add(new SeminarCardComponent(seminar, zone)));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.seminars") + " | " + getTranslation("app.name");
    }
}
