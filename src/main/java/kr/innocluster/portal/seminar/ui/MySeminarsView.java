package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.LoadFailureState;
import kr.innocluster.portal.seminar.MyRegistration;
import kr.innocluster.portal.seminar.SeminarRegistrationService;

/** The signed-in user's own registrations: status, ticket, calendar file, cancel, certificate, survey. */
@Route("my-seminars")
@PermitAll
@Menu(order = 31, title = "menu.mySeminars", icon = "vaadin:ticket")
class MySeminarsView extends VerticalLayout implements HasDynamicTitle {

    private final SeminarRegistrationService service;
    private final DisplayZone zone;

    MySeminarsView(SeminarRegistrationService service, DisplayZone zone) {
        this.service = service;
        this.zone = zone;
        setId("my-seminars");
        addClassName("seminar-my-seminars");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<MyRegistration> mine;
        try {
            mine = service.mine();
        } catch (RuntimeException failure) {
            // a failed load says so, never "no registrations yet"
            add(LoadFailureState.of(failure, this::refresh));
            return;
        }
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("seminar.my.empty"));
            add(empty, new RouterLink(getTranslation("seminar.my.browse"), SeminarListView.class));
            return;
        }
        mine.forEach(registration -> add(new MyRegistrationCard(registration, service, zone, this::refresh)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.mySeminars") + " | " + getTranslation("app.name");
    }
}
