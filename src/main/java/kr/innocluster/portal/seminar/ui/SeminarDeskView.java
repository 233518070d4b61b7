package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.seminar.RegistrationCounts;
import kr.innocluster.portal.seminar.SeminarAttendanceService;
import kr.innocluster.portal.seminar.SeminarDetails;
import kr.innocluster.portal.seminar.SeminarService;

/** One seminar's desk for officials: live counts, attendees, Excel export, check-in, certificates, survey. */
@Route("seminar-admin/:seminarId([0-9]{1,18})")
@RolesAllowed(Roles.OFFICIAL)
class SeminarDeskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SeminarService seminars;
    private final SeminarAttendanceService attendance;
    private final DisplayZone zone;
    private final Div counts = new Div();
    private String title = "";
    private long seminarId;

    SeminarDeskView(SeminarService seminars, SeminarAttendanceService attendance, DisplayZone zone) {
        this.seminars = seminars;
        this.attendance = attendance;
        this.zone = zone;
        setId("seminar-desk");
        counts.addClassNames("card-grid", "seminar-counts");
        counts.setId("registration-counts");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        seminarId = Long.parseLong(event.getRouteParameters().get("seminarId").orElseThrow());
        SeminarDetails seminar = seminars.details(seminarId).orElseThrow(NotFoundException::new);
        title = seminar.title();
        removeAll();
        H2 heading = new H2(seminar.title());
        heading.addClassName("seminar-heading");
        Paragraph when = new Paragraph(zone.formatDateTime(seminar.startsAt()) + " · " + seminar.venue());
        add(new HorizontalLayout(heading, SeminarUi.seminarBadge(this, seminar.status())), when, actions(seminar),
                counts);
        refreshCounts();
        add(new H3(getTranslation("seminar.desk.attendees")),
                new AttendeeGrid(seminarId, attendance, zone, this::refreshCounts),
                new H3(getTranslation("seminar.desk.survey")), new SurveyResultsPanel(attendance.surveyResults(seminarId)));
    }

    private Component actions(SeminarDetails seminar) {
        RouteParameters id = new RouteParameters("seminarId", String.valueOf(seminarId));
        Button checkIn = new Button(getTranslation("seminar.desk.checkIn"), VaadinIcon.QRCODE.create(),
                click -> UI.getCurrent().navigate(CheckInView.class, id));
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checkIn.setId("open-check-in");
        Button edit = new Button(getTranslation("seminar.desk.edit"), VaadinIcon.EDIT.create(),
                click -> UI.getCurrent().navigate(SeminarEditorView.class, id));
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = attendance.exportExcel(seminarId, event.getUI().getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "seminar-" + seminarId + "-attendees.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), "");
        export.setDownload(true);
        export.add(new Button(getTranslation("seminar.desk.export"), VaadinIcon.FILE_TABLE.create()));
        export.setId("export-excel");
        Button certificates = new Button(getTranslation("seminar.desk.certificates"), VaadinIcon.DIPLOMA.create(),
                click -> run(() -> Notices.success("seminar.desk.certificatesIssued",
                        attendance.issueCertificates(seminarId))));
        Button survey = new Button(getTranslation("seminar.desk.sendSurvey"), VaadinIcon.ENVELOPE_O.create(),
                click -> run(() -> Notices.success("seminar.desk.surveySent", attendance.sendSurvey(seminarId))));
        Button publicPage = new Button(getTranslation("seminar.desk.publicPage"), VaadinIcon.EXTERNAL_LINK.create(),
                click -> UI.getCurrent().navigate(SeminarDetailView.class, id));
        HorizontalLayout actions = new HorizontalLayout(checkIn, edit, export, certificates, survey, publicPage);
        actions.addClassName("seminar-actions");
        return actions;
    }

    private void run(Runnable action) {
        if (Notices.attempt(action)) {
            refreshCounts();
        }
    }

    private void refreshCounts() {
        RegistrationCounts numbers = attendance.counts(seminarId);
        counts.removeAll();
        counts.add(count("confirmed", numbers.confirmed() + " / " + numbers.capacity()),
                count("remaining", String.valueOf(numbers.remaining())),
                count("waitlisted", String.valueOf(numbers.waitlisted())),
                count("cancelled", String.valueOf(numbers.cancelled())),
                count("checkedIn", String.valueOf(numbers.checkedIn())));
    }

    private Component count(String key, String value) {
        Span number = new Span(value);
        number.addClassName("seminar-count-number");
        number.setId("count-" + key);
        Paragraph label = new Paragraph(getTranslation("seminar.desk.count." + key));
        Div card = new Div(number, label);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
