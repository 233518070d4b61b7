package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.function.Supplier;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.seminar.MyRegistration;
import kr.innocluster.portal.seminar.SeminarRegistrationService;

/** One registration: the ticket (QR + short code) when confirmed, the waitlist position otherwise, and actions. */
class MyRegistrationCard extends Div {

    MyRegistrationCard(MyRegistration registration, SeminarRegistrationService service, DisplayZone zone,
                       Runnable changed) {
        addClassNames("card", "seminar-my-registration");
        getElement().setAttribute("data-seminar", registration.seminarTitle());

        Div info = new Div();
        info.addClassName("seminar-my-registration-info");
        RouterLink title = new RouterLink(registration.seminarTitle(), SeminarDetailView.class,
                new RouteParameters("seminarId", String.valueOf(registration.seminarId())));
        HorizontalLayout badges = new HorizontalLayout(SeminarUi.registrationBadge(this, registration.status()));
        if (registration.seminarCancelled()) {
            badges.add(SeminarUi.seminarBadge(this, registration.seminarStatus()));
        }
        if (registration.checkedInAt() != null) {
            badges.add(SeminarUi.badge(this, "seminar.my.checkedIn", "primary"));
        }
        info.add(new H3(title), badges,
                new Paragraph(zone.formatDateTime(registration.startsAt()) + " · " + registration.venue()),
                new Paragraph(getTranslation("seminar.my.contact", registration.name(),
                        registration.email(), registration.maskedPhone())));
        if (registration.waitlisted()) {
            Paragraph position = new Paragraph(getTranslation("seminar.my.position", registration.waitlistPosition()));
            position.addClassName("seminar-waitlist-position");
            info.add(position);
        }
        info.add(actions(registration, service, changed));
        add(info);
        if (registration.confirmed() && registration.ticketCode() != null && !registration.seminarCancelled()) {
            add(ticket(registration));
        }
    }

    private Component ticket(MyRegistration registration) {
        String png = Base64.getEncoder().encodeToString(registration.ticketQrPng());
        Image qr = new Image("data:image/png;base64," + png, getTranslation("seminar.my.qrAlt"));
        qr.addClassName("seminar-ticket-qr");
        Span code = new Span(registration.ticketCode());
        code.addClassName("seminar-ticket-code");
        Span label = new Span(getTranslation("seminar.my.ticket"));
        label.addClassName("seminar-ticket-label");
        Div ticket = new Div(label, qr, code);
        ticket.addClassName("seminar-ticket");
        return ticket;
    }

    private Component actions(MyRegistration registration, SeminarRegistrationService service, Runnable changed) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.addClassName("seminar-actions");
        if (registration.confirmed()) {
            actions.add(download("seminar.my.calendar", VaadinIcon.CALENDAR, "seminar.ics", "text/calendar",
                    () -> service.calendarFile(registration.id())));
        }
        if (registration.certificateAvailable()) {
            actions.add(download("seminar.my.certificate", VaadinIcon.DIPLOMA, "certificate.pdf", "application/pdf",
                    () -> service.certificate(registration.id())));
        }
        if (registration.surveyOpen()) {
            actions.add(new Button(getTranslation("seminar.my.survey"), VaadinIcon.COMMENT_ELLIPSIS_O.create(),
                    click -> new SurveyDialog(registration, service, changed).open()));
        }
        if (registration.cancellable()) {
            Button cancel = new Button(getTranslation("seminar.my.cancel"), click -> confirmCancel(registration,
                    service, changed));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(cancel);
        }
        return actions;
    }

    private void confirmCancel(MyRegistration registration, SeminarRegistrationService service, Runnable changed) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("seminar.my.cancelTitle"),
                getTranslation("seminar.my.cancelText", registration.seminarTitle()),
                getTranslation("seminar.my.cancelConfirm"), confirm -> {
                    if (Notices.attempt(() -> service.cancel(registration.id()))) {
                        Notices.success("seminar.my.cancelled");
                    }
                    changed.run();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("seminar.common.back"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** A file the person takes away; one per kind in each card, found by its visible label. */
    private Anchor download(String key, VaadinIcon icon, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), "");
        anchor.setDownload(true);
        Button button = new Button(getTranslation(key), icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
        anchor.addClassName("seminar-download");
        return anchor;
    }
}
