package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.pilotfactory.Attendance;
import kr.innocluster.portal.pilotfactory.BookingService;
import kr.innocluster.portal.pilotfactory.BookingStatus;
import kr.innocluster.portal.pilotfactory.BookingSummary;

/**
 * The buttons an operator has for one booking, depending on its state: approve, reject, cancel, check-in, no-show.
 * Repeated on every row: the row carries {@code data-booking}, the buttons are told apart by their text.
 */
class StaffBookingActions extends HorizontalLayout {

    StaffBookingActions(BookingService bookings, BookingSummary b, Clock clock, Runnable refresh) {
        setSpacing(false);
        addClassName("pf-actions");
        setAlignItems(Alignment.CENTER);
        getElement().setAttribute("data-booking", Long.toString(b.id()));
        if (b.status() == BookingStatus.REQUESTED) {
            Button approve = button("pf.action.approve", ButtonVariant.LUMO_SUCCESS);
            approve.addClickListener(click -> done(() -> bookings.approve(b.id()), "pf.action.approved", refresh));
            Button reject = button("pf.action.reject", ButtonVariant.LUMO_ERROR);
            reject.addClickListener(click -> new ReasonDialog(getTranslation("pf.action.reject"),
                    getTranslation("pf.requests.rejectText", b.companyName()), getTranslation("pf.confirm"), true,
                    true, reason -> done(() -> bookings.reject(b.id(), reason), "pf.action.rejected", refresh))
                    .open());
            add(approve, reject);
        }
        if (b.status().holdsSlot()) {
            Button cancel = button("pf.action.cancel", ButtonVariant.LUMO_TERTIARY);
            cancel.addClickListener(click -> new ReasonDialog(getTranslation("pf.action.cancel"),
                    getTranslation("pf.requests.cancelText", b.companyName()), getTranslation("pf.confirm"), true,
                    true, reason -> done(() -> bookings.cancel(b.id(), reason), "pf.action.cancelled", refresh))
                    .open());
            add(cancel);
        }
        if (b.status() == BookingStatus.APPROVED && !clock.instant().isBefore(b.startsAt())) {
            Button in = button("pf.action.checkIn", ButtonVariant.LUMO_CONTRAST);
            in.addClickListener(click -> done(() -> bookings.recordAttendance(b.id(), Attendance.CHECKED_IN),
                    "pf.action.recorded", refresh));
            Button absent = button("pf.action.noShow", ButtonVariant.LUMO_ERROR);
            absent.addClickListener(click -> done(() -> bookings.recordAttendance(b.id(), Attendance.NO_SHOW),
                    "pf.action.recorded", refresh));
            add(in, absent);
        }
        add(new CalendarFileLink(bookings, b.id()));
    }

    private static boolean done(Runnable action, String successKey, Runnable refresh) {
        if (Notices.attempt(action)) {
            Notices.success(successKey);
            refresh.run();
            return true;
        }
        return false;
    }

    private Button button(String key, ButtonVariant variant) {
        Button button = new Button(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, variant);
        return button;
    }
}
