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
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.seminar.MyRegistration;
import kr.innocluster.portal.seminar.SeminarRegistrationService;
import kr.innocluster.portal.seminar.SeminarRuleException;

/** One registration: the ticket (QR + short code) when confirmed, the waitlist position otherwise, and actions. */
class MyRegistrationCard extends Div {

    MyRegistrationCard(MyRegistration registration, SeminarRegistrationService service, DisplayZone zone,
                       Runnable changed) {
        addClassNames("card", "my-registration");
        setWidthFull();
        getStyle().set("box-sizing", "border-box").set("display", "flex").set("gap", "var(--lumo-space-l)")
                .set("flex-wrap", "wrap");
        getElement().setAttribute("data-seminar", registration.seminarTitle());

        Div info = new Div();
        info.getStyle().set("flex", "1 1 20rem");
        RouterLink title = new RouterLink(registration.seminarTitle(), SeminarDetailView.class,
                new RouteParameters("seminarId", String.valueOf(registration.seminarId())));
        H3 heading = new H3(title);
        heading.getStyle().set("margin-top", "0");
        HorizontalLayout badges = new HorizontalLayout(SeminarUi.registrationBadge(this, registration.status()));
        if ("CANCELLED".equals(registration.seminarStatus())) {
            badges.add(SeminarUi.seminarBadge(this, registration.seminarStatus()));
        }
        if (registration.checkedInAt() != null) {
            badges.add(SeminarUi.badge(this, "seminar.my.checkedIn", "primary"));
        }
        info.add(heading, badges,
                new Paragraph(zone.formatDateTime(registration.startsAt()) + " · " + registration.venue()),
                new Paragraph(getTranslation("seminar.my.contact", registration.name(),
                        registration.email(), registration.maskedPhone())));
        if (registration.waitlisted()) {
            Paragraph position = new Paragraph(getTranslation("seminar.my.position", registration.waitlistPosition()));
            position.addClassName("waitlist-position");
            info.add(position);
        }
        info.add(actions(registration, service, changed));
        add(info);
        if (registration.confirmed() && registration.ticketCode() != null
                && !"CANCELLED".equals(registration.seminarStatus())) {
            add(ticket(registration, service));
        }
    }

    private Component ticket(MyRegistration registration, SeminarRegistrationService service) {
        String png = Base64.getEncoder().encodeToString(service.ticketQr(registration.id()));
        Image qr = new Image("data:image/png;base64," + png, getTranslation("seminar.my.qrAlt"));
        qr.setWidth("160px");
        qr.setHeight("160px");
        Span code = new Span(registration.ticketCode());
        code.addClassName("ticket-code");
        code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)")
                .set("font-weight", "700").set("letter-spacing", "0.1em");
        Span label = new Span(getTranslation("seminar.my.ticket"));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div ticket = new Div(label, qr, code);
        ticket.addClassName("ticket");
        ticket.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("padding", "var(--lumo-space-s)").set("border", "2px dashed var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        return ticket;
    }

    private Component actions(MyRegistration registration, SeminarRegistrationService service, Runnable changed) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap");
        if (registration.confirmed()) {
            actions.add(download("seminar.my.calendar", VaadinIcon.CALENDAR, "seminar.ics", "text/calendar",
                    () -> service.calendarFile(registration.id()), "ics-download"));
        }
        if (registration.certificateAvailable()) {
            actions.add(download("seminar.my.certificate", VaadinIcon.DIPLOMA, "certificate.pdf", "application/pdf",
                    () -> service.certificate(registration.id()), "certificate-download"));
        }
        if (registration.surveyOpen()) {
            Button survey = new Button(getTranslation("seminar.my.survey"), VaadinIcon.COMMENT_ELLIPSIS_O.create(),
                    click -> new SurveyDialog(registration, service, changed).open());
            survey.addClassName("survey-button");
            actions.add(survey);
        }
        if (registration.cancellable()) {
            Button cancel = new Button(getTranslation("seminar.my.cancel"), click -> confirmCancel(registration,
                    service, changed));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancel.addClassName("cancel-registration");
            actions.add(cancel);
        }
        return actions;
    }

    private void confirmCancel(MyRegistration registration, SeminarRegistrationService service, Runnable changed) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("seminar.my.cancelTitle"),
                getTranslation("seminar.my.cancelText", registration.seminarTitle()),
                getTranslation("seminar.my.cancelConfirm"), confirm -> {
                    try {
                        service.cancel(registration.id());
                        SeminarUi.done(this, "seminar.my.cancelled");
                    } catch (SeminarRuleException e) {
                        SeminarUi.refused(this, e);
                    }
                    changed.run();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("seminar.common.back"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private Anchor download(String key, VaadinIcon icon, String fileName, String type,
                            java.util.function.Supplier<byte[]> content, String id) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), "");
        anchor.setDownload(true);
        Button button = new Button(getTranslation(key), icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
        anchor.setId(id + "-" + fileName.hashCode());
        anchor.addClassName(id);
        return anchor;
    }
}
