package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.Component;
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
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.seminar.CheckInResult;
import kr.innocluster.portal.seminar.SeminarAttendanceService;
import kr.innocluster.portal.seminar.SeminarDetails;
import kr.innocluster.portal.seminar.SeminarService;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The door: a scanner (which types the QR code's text and Enter) or a person types the ticket code; one action checks
 * the holder in, the banner shows who it was, and a mistaken check-in is undone with one click.
 */
@Route("seminar-admin/:seminarId([0-9]{1,18})/check-in")
@RolesAllowed(Roles.OFFICIAL)
class CheckInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String[] STATES = {"seminar-checkin-banner-success", "seminar-checkin-banner-neutral",
        "seminar-checkin-banner-error"};

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
        banner.addClassName("seminar-checkin-banner");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        seminarId = Long.parseLong(event.getRouteParameters().get("seminarId").orElseThrow());
        SeminarDetails seminar = seminars.details(seminarId).orElseThrow(NotFoundException::new);
        title = seminar.title();
        removeAll();
        H2 heading = new H2(getTranslation("seminar.checkin.heading", seminar.title()));
        heading.addClassName("seminar-heading");

        TextField code = new TextField();
        code.setId("ticket-code-input");
        code.setPlaceholder("ABCD-EFGH");
        code.setLabel(getTranslation("seminar.checkin.codeLabel"));
        code.addClassName("seminar-ticket-input");
        code.setAutofocus(true);
        Button checkIn = new Button(getTranslation("seminar.checkin.do"), VaadinIcon.CHECK.create(),
                click -> checkIn(code));
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        checkIn.setId("check-in-button");
        checkIn.addClickShortcut(Key.ENTER);
        HorizontalLayout entry = new HorizontalLayout(code, checkIn);
        entry.setAlignItems(FlexComponent.Alignment.BASELINE);
        showNothing();
        add(heading, entry, banner, new H3(getTranslation("seminar.checkin.byName")),
                new AttendeeGrid(seminarId, attendance, zone, () -> { }));
    }

    private void checkIn(TextField code) {
        if (code.getValue().isBlank()) {
            code.focus();
            return;
        }
        try {
            show(attendance.checkInByCode(seminarId, code.getValue()));
        } catch (RuleException refused) {
            showRefusal(refused.messageKey(), refused.args());
        } catch (OptimisticLockingFailureException concurrent) {
            showRefusal("error.concurrent");
        }
        code.clear();
        code.focus();
    }

    private void show(CheckInResult result) {
        String key = result.alreadyCheckedIn() ? "seminar.checkin.already" : "seminar.checkin.ok";
        Span text = new Span(getTranslation(key, result.name(), result.organisation() == null ? "-"
                : result.organisation(), zone.formatDateTime(result.checkedInAt())));
        text.addClassName("seminar-checkin-banner-text");
        Button undo = new Button(getTranslation("seminar.checkin.undo"), VaadinIcon.ROTATE_LEFT.create(), click -> {
            try {
                attendance.undoCheckIn(seminarId, result.registrationId());
                showBanner("seminar-checkin-banner-neutral",
                        new Span(getTranslation("seminar.checkin.undone", result.name())));
            } catch (RuleException refused) {
                showRefusal(refused.messageKey(), refused.args());
            } catch (OptimisticLockingFailureException concurrent) {
                showRefusal("error.concurrent");
            }
        });
        undo.setId("undo-check-in");
        showBanner(result.alreadyCheckedIn() ? "seminar-checkin-banner-neutral" : "seminar-checkin-banner-success",
                VaadinIcon.CHECK_CIRCLE.create(), text, undo);
    }

    /** At the door a refusal stays on screen in the banner (a notice would vanish while the next person waits). */
    private void showRefusal(String key, Object... args) {
        Span text = new Span(getTranslation(key, args));
        text.addClassName("seminar-checkin-banner-text");
        showBanner("seminar-checkin-banner-error", VaadinIcon.WARNING.create(), text);
    }

    private void showNothing() {
        banner.removeAll();
        banner.removeClassNames(STATES);
    }

    private void showBanner(String state, Component... content) {
        showNothing();
        banner.addClassName(state);
        banner.add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.checkin.title") + " · " + title + " | " + getTranslation("app.name");
    }
}
