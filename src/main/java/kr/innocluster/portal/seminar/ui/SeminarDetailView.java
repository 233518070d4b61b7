package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.seminar.MyRegistration;
import kr.innocluster.portal.seminar.SeminarDetails;
import kr.innocluster.portal.seminar.SeminarRegistrationService;
import kr.innocluster.portal.seminar.SeminarService;
import kr.innocluster.portal.seminar.SeminarStatus;
import kr.innocluster.portal.seminar.SessionInfo;

/** A seminar's public page: programme, venue, remaining seats, and registration (signed-in) or a sign-in prompt. */
@Route("seminars/:seminarId([0-9]{1,18})")
@AnonymousAllowed
class SeminarDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SeminarService seminars;
    private final SeminarRegistrationService registrations;
    private final CurrentUser currentUser;
    private final DisplayZone zone;
    private String title = "";

    SeminarDetailView(SeminarService seminars, SeminarRegistrationService registrations, CurrentUser currentUser,
                      DisplayZone zone) {
        this.seminars = seminars;
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.zone = zone;
        setId("seminar-detail");
        addClassName("seminar-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("seminarId").orElseThrow());
        SeminarDetails seminar = seminars.details(id).orElseThrow(NotFoundException::new);
        title = seminar.title();
        removeAll();
        add(header(seminar), facts(seminar));
        if (seminar.description() != null) {
            add(new Paragraph(seminar.description()));
        }
        if (!seminar.sessions().isEmpty()) {
            add(new H3(getTranslation("seminar.detail.programme")), programme(seminar));
        }
        add(new H3(getTranslation("seminar.detail.registration")), registrationArea(seminar));
    }

    private Component header(SeminarDetails seminar) {
        Div header = new Div(new H2(seminar.title()));
        header.addClassName("seminar-detail-header");
        if (seminar.status() != SeminarStatus.PUBLISHED) {
            header.add(SeminarUi.seminarBadge(this, seminar.status()));
        }
        return header;
    }

    private Component facts(SeminarDetails seminar) {
        Div facts = new Div();
        facts.addClassNames("card", "seminar-facts");
        fact(facts, "seminar.detail.when", zone.formatDateTime(seminar.startsAt()) + " ~ "
                + zone.toZoned(seminar.endsAt()).toLocalTime());
        fact(facts, "seminar.detail.venue", seminar.venue());
        if (seminar.onlineUrl() != null) {
            facts.add(label("seminar.detail.online"), new Anchor(seminar.onlineUrl(), seminar.onlineUrl()));
        }
        fact(facts, "seminar.detail.host", seminar.host());
        fact(facts, "seminar.detail.window", zone.formatDateTime(seminar.registrationOpensAt()) + " ~ "
                + zone.formatDateTime(seminar.registrationClosesAt()));
        Span seats = new Span(seminar.full() ? getTranslation("seminar.detail.fullWaitlist")
                : getTranslation("seminar.list.remaining", seminar.remainingSeats(), seminar.capacity()));
        seats.setId("remaining-seats");
        seats.getElement().getThemeList().add(seminar.full() ? "badge contrast" : "badge success");
        facts.add(label("seminar.detail.seats"), new Div(seats));
        return facts;
    }

    private void fact(Div facts, String key, String value) {
        facts.add(label(key), new Span(value));
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("seminar-fact-label");
        return label;
    }

    private Component programme(SeminarDetails seminar) {
        Grid<SessionInfo> grid = new Grid<>();
        grid.addColumn(s -> zone.toZoned(s.startsAt()).toLocalTime() + " ~ " + zone.toZoned(s.endsAt()).toLocalTime())
                .setHeader(getTranslation("seminar.detail.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SessionInfo::topic).setHeader(getTranslation("seminar.detail.topic")).setFlexGrow(1);
        grid.addColumn(s -> s.speaker() == null ? "" : s.speaker() + (s.affiliation() == null ? ""
                : " (" + s.affiliation() + ")")).setHeader(getTranslation("seminar.detail.speaker")).setAutoWidth(true);
        grid.setItems(seminar.sessions());
        grid.setAllRowsVisible(true);
        grid.setId("session-grid");
        return grid;
    }

    private Component registrationArea(SeminarDetails seminar) {
        if (currentUser.get().isEmpty()) {
            Anchor signIn = new Anchor(SeminarUi.LOGIN_URL, "");
            signIn.setRouterIgnore(true);
            Button button = new Button(getTranslation("seminar.detail.signInToRegister"), VaadinIcon.SIGN_IN.create());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            signIn.add(button);
            signIn.setId("sign-in-to-register");
            return new Div(new Paragraph(getTranslation("seminar.detail.signInHint")), signIn);
        }
        MyRegistration mine = registrations.mineFor(seminar.id()).orElse(null);
        if (mine != null) {
            Paragraph status = new Paragraph(mine.confirmed() ? getTranslation("seminar.detail.youAreConfirmed")
                    : getTranslation("seminar.detail.youAreWaitlisted", mine.waitlistPosition()));
            status.setId("my-registration-status");
            return new Div(status, new RouterLink(getTranslation("menu.mySeminars"), MySeminarsView.class));
        }
        if (!seminar.registrationOpen()) {
            Paragraph closed = new Paragraph(getTranslation("seminar.detail.closed"));
            closed.setId("registration-closed");
            return closed;
        }
        return new RegistrationPanel(seminar, registrations, result -> getUI().ifPresent(ui -> ui.navigate(MySeminarsView.class)));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
