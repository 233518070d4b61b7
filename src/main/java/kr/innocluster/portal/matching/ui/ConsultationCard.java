package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.matching.Consultation;
import kr.innocluster.portal.matching.ConsultationService;
import kr.innocluster.portal.matching.ConsultationStatus;

/**
 * One consultation, seen by the supplier ({@code supplierSide}) or the demand company: status, message, meetings and
 * the actions each side may take now (accept/decline; log meeting; mark contracted; rate; answer the follow-up).
 */
class ConsultationCard extends Div {

    ConsultationCard(Consultation c, boolean supplierSide, ConsultationService service, DisplayZone zone, Clock clock,
                     Runnable refresh) {
        addClassName("matching-consultation");
        Span title = new Span((supplierSide ? c.demandCompanyName() : c.supplierName()) + " · " + c.solutionName());
        title.addClassName("matching-consultation-title");
        Div head = new Div(title, MatchingLabels.status(c.status(), this::getTranslation),
                new Span(zone.formatDate(c.requestedAt())));
        head.addClassName("matching-consultation-head");
        add(head, new Paragraph(c.message()));
        if (c.declineReason() != null) {
            add(new Paragraph(getTranslation("matching.col.reason") + ": " + c.declineReason()));
        }
        for (Consultation.Meeting m : c.meetings()) {
            Paragraph line = new Paragraph(getTranslation("matching.meeting.line", DisplayZone.DATE.format(m.metOn()),
                    m.notes(), m.recordedBy()));
            line.addClassName("matching-meeting");
            add(line);
        }
        Div actions = new Div();
        actions.addClassName("matching-actions");
        if (supplierSide && c.status() == ConsultationStatus.REQUESTED) {
            Button accept = button("matching.action.accept", () -> {
                service.accept(c.id());
                Notices.success("matching.action.accepted");
                refresh.run();
            });
            accept.addClassName("matching-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button decline = new Button(getTranslation("matching.action.decline"), click -> new ReasonDialog(
                    getTranslation("matching.action.decline"), c.solutionName(), getTranslation("matching.action.decline"),
                    false, true, reason -> Notices.attempt(() -> {
                        service.decline(c.id(), reason);
                        Notices.success("matching.action.declined");
                        refresh.run();
                    })).open());
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(accept, decline);
        }
        if (c.status() == ConsultationStatus.ACCEPTED || c.status() == ConsultationStatus.CONTRACTED) {
            actions.add(new Button(getTranslation("matching.action.meeting"), click -> meetingDialog(c, service, clock,
                    zone, refresh).open()));
        }
        if (c.status() == ConsultationStatus.ACCEPTED) {
            boolean mine = supplierSide ? c.supplierContracted() : c.demandContracted();
            if (mine) {
                actions.add(new Span(getTranslation("matching.action.waitingOther")));
            } else {
                Button contracted = button("matching.action.contracted", () -> {
                    service.markContracted(c.id());
                    Notices.success("matching.action.contractedDone");
                    refresh.run();
                });
                contracted.addClassName("matching-contracted");
                actions.add(contracted);
            }
        }
        if (c.status() == ConsultationStatus.CONTRACTED && !supplierSide) {
            if (c.rating() == null) {
                actions.add(new Button(getTranslation("matching.action.rate"), click -> rateDialog(c, service,
                        refresh).open()));
            } else {
                actions.add(new Span(getTranslation("matching.rate.shown", c.rating())));
            }
            if (c.followUpDue() != null) {
                add(new Paragraph(getTranslation("matching.followUp.due", DisplayZone.DATE.format(c.followUpDue()))));
            }
            if (c.followUpInUse() != null) {
                add(new Paragraph(getTranslation("matching.followUp.answered", getTranslation(c.followUpInUse()
                        ? "matching.followUp.yes" : "matching.followUp.no"), c.followUpNote())));
            } else if (c.followUpDue() != null && !LocalDate.now(clock.withZone(zone.zoneId())).isBefore(c.followUpDue())) {
                actions.add(new Button(getTranslation("matching.action.followUp"), click -> followUpDialog(c, service,
                        refresh).open()));
            }
        }
        add(actions);
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> Notices.attempt(action));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Dialog meetingDialog(Consultation c, ConsultationService service, Clock clock, DisplayZone zone,
                                 Runnable refresh) {
        Dialog dialog = new Dialog(getTranslation("matching.action.meeting"));
        DatePicker date = new DatePicker(getTranslation("matching.meeting.date"),
                LocalDate.now(clock.withZone(zone.zoneId())));
        TextArea notes = new TextArea(getTranslation("matching.meeting.notes"));
        notes.setWidth("28rem");
        FormErrors errors = new FormErrors().bind("metOn", date).bind("notes", notes);
        dialog.add(new Div(date), notes);
        dialog.getFooter().add(new Button(getTranslation("matching.form.save"), click -> Notices.attempt(() -> {
            service.logMeeting(c.id(), date.getValue(), notes.getValue());
            Notices.success("matching.meeting.saved");
            dialog.close();
            refresh.run();
        }, errors)));
        return dialog;
    }

    private Dialog rateDialog(Consultation c, ConsultationService service, Runnable refresh) {
        Dialog dialog = new Dialog(getTranslation("matching.action.rate"));
        Select<Integer> rating = new Select<>();
        rating.setLabel(getTranslation("matching.rate.rating"));
        rating.setItems(List.of(5, 4, 3, 2, 1));
        TextField comment = new TextField(getTranslation("matching.rate.comment"));
        comment.setMaxLength(1000);
        FormErrors errors = new FormErrors().bind("rating", rating);
        dialog.add(new Div(rating), comment);
        dialog.getFooter().add(new Button(getTranslation("matching.form.save"), click -> Notices.attempt(() -> {
            service.rate(c.id(), rating.getValue() == null ? 0 : rating.getValue(), comment.getValue());
            Notices.success("matching.rate.saved");
            dialog.close();
            refresh.run();
        }, errors)));
        return dialog;
    }

    private Dialog followUpDialog(Consultation c, ConsultationService service, Runnable refresh) {
        Dialog dialog = new Dialog(getTranslation("matching.action.followUp"));
        Checkbox inUse = new Checkbox(getTranslation("matching.followUp.inUse"), true);
        TextArea note = new TextArea(getTranslation("matching.followUp.note"));
        note.setWidth("28rem");
        FormErrors errors = new FormErrors().bind("note", note);
        dialog.add(new Div(inUse), note);
        dialog.getFooter().add(new Button(getTranslation("matching.form.save"), click -> Notices.attempt(() -> {
            service.answerFollowUp(c.id(), inUse.getValue(), note.getValue());
            Notices.success("matching.followUp.saved");
            dialog.close();
            refresh.run();
        }, errors)));
        return dialog;
    }
}
