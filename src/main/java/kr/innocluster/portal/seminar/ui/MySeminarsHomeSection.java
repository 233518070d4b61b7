package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.HomeSection;
import kr.innocluster.portal.base.ui.LoadFailureState;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.seminar.MyRegistration;
import kr.innocluster.portal.seminar.SeminarRegistrationService;

/** On attendees' and company users' home page: their upcoming seminar registrations. */
@org.springframework.stereotype.Component
class MySeminarsHomeSection implements HomeSection {

    private final SeminarRegistrationService registrations;
    private final DisplayZone zone;
    private final Clock clock;

    MySeminarsHomeSection(SeminarRegistrationService registrations, DisplayZone zone, Clock clock) {
        this.registrations = registrations;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        return user.hasRole(Roles.ATTENDEE) || user.hasRole(Roles.COMPANY);
    }

    @Override
    public Component create(PortalUser user) {
        // a section that cannot load says so instead of "no registrations"
        return LoadFailureState.orFailure(() -> section(user), null);
    }

    private Component section(PortalUser user) {
        Div section = new Div();
        section.setId("home-my-seminars");
        section.setWidthFull();
        section.add(new H3(section.getTranslation("seminar.home.title")));
        List<MyRegistration> upcoming = registrations.mine().stream()
                .filter(r -> !r.cancelled() && r.endsAt().isAfter(clock.instant()))
                .limit(3).toList();
        if (upcoming.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("seminar.home.empty")),
                    new RouterLink(section.getTranslation("seminar.my.browse"), SeminarListView.class));
            return section;
        }
        for (MyRegistration registration : upcoming) {
            Span status = SeminarUi.registrationBadge(section, registration.status());
            Paragraph line = new Paragraph(new Span(zone.formatDateTime(registration.startsAt()) + " · "
                    + registration.seminarTitle() + " "), status);
            section.add(line);
        }
        section.add(new RouterLink(section.getTranslation("menu.mySeminars"), MySeminarsView.class));
        return section;
    }
}
