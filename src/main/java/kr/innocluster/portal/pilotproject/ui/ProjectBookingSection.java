package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import kr.innocluster.portal.pilotfactory.BookingDetailSection;
import kr.innocluster.portal.pilotfactory.BookingSummary;
import kr.innocluster.portal.pilotproject.PilotProjectService;

/** On the operators' desk: the pilot project a booking serves, with a link to it (the operator logs the run there). */
@org.springframework.stereotype.Component
class ProjectBookingSection implements BookingDetailSection {

    private final PilotProjectService projects;

    ProjectBookingSection(PilotProjectService projects) {
        this.projects = projects;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(BookingSummary booking) {
        return projects.projectOfBooking(booking.id()).map(p -> {
            Div block = new Div();
            block.addClassName("pp-booking-project");
            Span label = new Span(block.getTranslation("pp.bookingSection.label"));
            label.addClassName("pp-fact-label");
            Anchor link = new Anchor("pilot-projects/" + p.id(), p.title());
            link.addClassName("pp-booking-project-link");
            Span status = ProjectUi.status(block, p.status());
            Span solution = new Span(block.getTranslation("pp.bookingSection.solution", p.solution(),
                    block.getTranslation("pp.scope." + p.scope().name())));
            block.add(label, link, status, solution);
            return block;
        });
    }
}
