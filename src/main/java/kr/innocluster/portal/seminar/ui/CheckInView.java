package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.seminar.CheckInResult;
import kr.innocluster.portal.seminar.SeminarAttendanceService;
import kr.innocluster.portal.seminar.SeminarDetails;
import kr.innocluster.portal.seminar.SeminarRuleException;
import kr.innocluster.portal.seminar.SeminarService;

/**
 * The door: a scanner (which types the QR code's text and Enter) or a person types the ticket code; one action checks
 * the holder in, the banner shows who it was, and a mistaken check-in is undone with one click.
 */
@Route("seminar-admin/:seminarId([0-9]{1,18})/check-in")
@RolesAllowed(Roles.OFFICIAL)
class CheckInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SeminarService seminars;
    private final SeminarAttendanceService attendance;
    private final DisplayZone zone;
    private final Div banner = new Div();
    private long seminarId;
    private String title = "";

    CheckInView(SeminarService seminars, SeminarAttendanceService attendance, DisplayZone zone) {
        this.seminars = seminars;
        this.attendance = attendance;
        this.zone = zone;
        setId("check-in");
        banner.setId("check-in-result");
        banner.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        seminarId = Long.parseLong(event.getRouteParameters().get("seminarId").orElseThrow());
        SeminarDetails seminar = seminars.details(seminarId).orElseThrow(NotFoundException::new);
        title = seminar.title();
        removeAll();
        H2 heading = new H2(getTranslation("seminar.checkin.heading", seminar.title()));
        heading.getStyle().set("margin", "0");

        TextField code = new TextField();
        code.setId("ticket-code-input");
        code.setPlaceholder("ABCD-EFGH");
        code.setLabel(getTranslation("seminar.checkin.codeLabel"));
        code.setWidth("20rem");
        code.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        code.setAutofocus(true);
        Button checkIn = new Button(getTranslation("seminar.checkin.do"), VaadinIcon.CHECK.create(),
                click -> checkIn(code));
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        checkIn.setId("check-in-button");
        checkIn.addClickShortcut(Key.ENTER);
        HorizontalLayout entry = new HorizontalLayout(code, checkIn);
        entry.setAlignItems(FlexComponent.Alignment.BASELINE);
        banner.removeAll();
        add(heading, entry, banner, new H3(getTranslation("seminar.checkin.byName")),
                new AttendeeGrid(seminarId, attendance, zone, () -> { }));
    }

    private void checkIn(TextField code) {
        if (code.getValue().isBlank()) {
            code.focus();
            return;
        }
        try {
            CheckInResult result = attendance.checkInByCode(seminarId, code.getValue());
            show(result);
        } catch (SeminarRuleException e) {
            showError(e);
        }
        code.clear();
        code.focus();
    }

    private void show(CheckInResult result) {
        banner.removeAll();
        String key = result.alreadyCheckedIn() ? "seminar.checkin.already" : "seminar.checkin.ok";
        Span text = new Span(getTranslation(key, result.name(), result.organisation() == null ? "-"
                : result.organisation(), zone.formatDateTime(result.checkedInAt())));
        text.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Button undo = new Button(getTranslation("seminar.checkin.undo"), VaadinIcon.ROTATE_LEFT.create(), click -> {
            try {
                attendance.undoCheckIn(seminarId, result.registrationId());
                banner.removeAll();
                banner.add(new Span(getTranslation("seminar.checkin.undone", result.name())));
                style(false);
            } catch (SeminarRuleException e) {
                showError(e);
            }
        });
        undo.setId("undo-check-in");
        banner.add(VaadinIcon.CHECK_CIRCLE.create(), text, undo);
        style(!result.alreadyCheckedIn());
    }

    private void showError(SeminarRuleException e) {
        banner.removeAll();
        Span text = new Span(getTranslation(e.messageKey(), e.params()));
        text.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        banner.add(VaadinIcon.WARNING.create(), text);
        banner.getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)");
        commonStyle();
    }

    private void style(boolean success) {
        banner.getStyle().set("background", success ? "var(--lumo-success-color-10pct)" : "var(--lumo-contrast-5pct)")
                .set("color", success ? "var(--lumo-success-text-color)" : "var(--lumo-body-text-color)");
        commonStyle();
    }

    private void commonStyle() {
        banner.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-m)")
                .set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-sizing", "border-box");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.checkin.title") + " · " + title + " | " + getTranslation("app.name");
    }
}
