package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.matching.Consultation;
import kr.innocluster.portal.matching.ConsultationService;
import kr.innocluster.portal.security.Roles;

/** The consultations a demand company requested: status, meetings, contract, rating and the six-month follow-up. */
@Route("consultations")
@RolesAllowed(Roles.COMPANY)
@Menu(order = 54, title = "menu.consultations", icon = "vaadin:handshake")
class ConsultationsView extends VerticalLayout implements HasDynamicTitle {

    private final ConsultationService consultations;
    private final DisplayZone zone;
    private final Clock clock;
    private final Div list = new Div();

    ConsultationsView(ConsultationService consultations, DisplayZone zone, Clock clock) {
        this.consultations = consultations;
        this.zone = zone;
        this.clock = clock;
        addClassName("matching-page");
        list.setId("outgoing-requests");
        add(new H2(getTranslation("matching.outgoing.title")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Consultation> mine = consultations.outgoing();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("matching.outgoing.empty")));
        }
        mine.forEach(c -> list.add(new ConsultationCard(c, false, consultations, zone, clock, this::refresh)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.outgoing.title");
    }
}
