package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.pilotproject.AttachedBooking;
import kr.innocluster.portal.pilotproject.PilotRunService;
import kr.innocluster.portal.pilotproject.RunLog;

/** The operator's run log of one attached booking: actual start and end, line conditions, deviations. */
class RunLogDialog extends Dialog {

    RunLogDialog(PilotRunService runs, long projectId, List<AttachedBooking> open, ZoneId zone, Runnable refresh) {
        setHeaderTitle(getTranslation("pp.runs.log"));
        setWidth("40rem");
        setMaxWidth("100%");
        Select<AttachedBooking> booking = new Select<>();
        booking.setId("pp-run-booking");
        booking.setLabel(getTranslation("pp.runs.booking"));
        booking.setItems(open);
        booking.setItemLabelGenerator(b -> b.resourceName() + " " + b.startsAt().atZone(zone).toLocalDateTime()
                .toString().replace('T', ' '));
        DateTimePicker start = new DateTimePicker(getTranslation("pp.runs.start"));
        start.setId("pp-run-start");
        DateTimePicker end = new DateTimePicker(getTranslation("pp.runs.end"));
        end.setId("pp-run-end");
        booking.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                start.setValue(LocalDateTime.ofInstant(e.getValue().startsAt(), zone));
                end.setValue(LocalDateTime.ofInstant(e.getValue().endsAt(), zone));
            }
        });
        if (!open.isEmpty()) {
            booking.setValue(open.getFirst());
        }
        TextArea conditions = new TextArea(getTranslation("pp.runs.conditions"));
        conditions.setId("pp-run-conditions");
        conditions.setMaxLength(2000);
        conditions.setPlaceholder(getTranslation("pp.runs.conditionsPlaceholder"));
        TextArea deviations = new TextArea(getTranslation("pp.runs.deviations"));
        deviations.setId("pp-run-deviations");
        deviations.setMaxLength(2000);
        FormLayout form = new FormLayout(booking, start, end, conditions, deviations);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(booking, 2);
        form.setColspan(conditions, 2);
        form.setColspan(deviations, 2);
        add(form);
        FormErrors errors = new FormErrors().bind("booking", booking).bind("endedAt", end)
                .bind("lineConditions", conditions).bind("deviations", deviations);
        Button save = new Button(getTranslation("pp.runs.save"), click -> {
            if (booking.getValue() == null || start.getValue() == null || end.getValue() == null) {
                Notices.error("pp.error.runTimes");
                return;
            }
            RunLog log = new RunLog(booking.getValue().bookingId(), start.getValue().atZone(zone).toInstant(),
                    end.getValue().atZone(zone).toInstant(), conditions.getValue(), deviations.getValue());
            if (Notices.attempt(() -> runs.logRun(projectId, log), errors)) {
                Notices.success("pp.runs.logged");
                close();
                refresh.run();
            }
        });
        save.setId("pp-run-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("pp.cancel"), click -> close()), save);
    }
}
