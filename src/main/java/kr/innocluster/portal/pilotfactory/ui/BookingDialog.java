package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.pilotfactory.BookingOutcome;
import kr.innocluster.portal.pilotfactory.BookingService;
import kr.innocluster.portal.pilotfactory.Occurrence;
import kr.innocluster.portal.pilotfactory.RecurrenceConflictException;
import kr.innocluster.portal.pilotfactory.ResourceSummary;
import kr.innocluster.portal.pilotfactory.SlotTakenException;

/**
 * A company's request for one resource: when, why, what is tested, how many visitors, and an optional weekly repeat.
 * "Check" lists each occurrence with the rule it breaks; conflicts can then be skipped on purpose.
 */
class BookingDialog extends Dialog {

    private final BookingService bookings;
    private final ResourceSummary resource;
    private final ZoneId zone;
    private final Runnable onBooked;
    private final Binder<BookingForm> binder = new Binder<>();
    private final BookingForm form = new BookingForm();
    private final OccurrenceList occurrences;
    private final Checkbox skipConflicts = new Checkbox();
    private final FormErrors errors;

    BookingDialog(BookingService bookings, ResourceSummary resource, Instant start, Instant end, ZoneId zone,
                  Runnable onBooked) {
        this.bookings = bookings;
        this.resource = resource;
        this.zone = zone;
        this.onBooked = onBooked;
        this.occurrences = new OccurrenceList(zone);
        setHeaderTitle(getTranslation("pf.book.title", resource.name()));
        addClassName("pf-booking-dialog");
        setWidth("44rem");

        DatePicker date = DateFormats.isoDates(new DatePicker(getTranslation("pf.book.date")));
        TimePicker from = timePicker("pf.book.start");
        TimePicker to = timePicker("pf.book.end");
        TextField solution = new TextField(getTranslation("pf.book.solution"));
        solution.setMaxLength(300);
        solution.setId("pf-solution");
        TextArea purpose = new TextArea(getTranslation("pf.book.purpose"));
        purpose.setMaxLength(1000);
        purpose.setId("pf-purpose");
        IntegerField visitors = new IntegerField(getTranslation("pf.book.visitors"));
        visitors.setMin(1);
        visitors.setMax(50);
        visitors.setStepButtonsVisible(true);
        IntegerField weeks = new IntegerField(getTranslation("pf.book.weeks"));
        weeks.setMin(1);
        weeks.setMax(12);
        weeks.setStepButtonsVisible(true);
        weeks.setHelperText(getTranslation("pf.book.weeksHint"));
        weeks.setId("pf-weeks");

        binder.forField(date).asRequired(getTranslation("pf.error.timeRequired"))
                .bind(BookingForm::getDate, BookingForm::setDate);
        binder.forField(from).asRequired(getTranslation("pf.error.timeRequired"))
                .bind(BookingForm::getStart, BookingForm::setStart);
        binder.forField(to).asRequired(getTranslation("pf.error.timeRequired"))
                .bind(BookingForm::getEnd, BookingForm::setEnd);
        binder.forField(solution).asRequired(getTranslation("pf.error.solution"))
                .bind(BookingForm::getSolution, BookingForm::setSolution);
        binder.forField(purpose).asRequired(getTranslation("pf.error.purpose"))
                .bind(BookingForm::getPurpose, BookingForm::setPurpose);
        binder.forField(visitors).asRequired(getTranslation("pf.error.visitors"))
                .withValidator(v -> v >= 1 && v <= 50, getTranslation("pf.error.visitors"))
                .bind(BookingForm::getVisitors, BookingForm::setVisitors);
        binder.forField(weeks).asRequired(getTranslation("pf.error.weeks", 12))
                .withValidator(v -> v >= 1 && v <= 12, getTranslation("pf.error.weeks", 12))
                .bind(BookingForm::getWeeks, BookingForm::setWeeks);
        form.setDate(start.atZone(zone).toLocalDate());
        form.setStart(start.atZone(zone).toLocalTime());
        form.setEnd(end.atZone(zone).toLocalTime());
        binder.readBean(form);
        errors = new FormErrors().bind("startsAt", from).bind("endsAt", to).bind("purpose", purpose)
                .bind("solution", solution).bind("visitors", visitors).bind("weeks", weeks);

        FormLayout layout = new FormLayout(date, from, to, solution, visitors, weeks);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        layout.add(purpose, 3);
        Paragraph rules = new Paragraph(getTranslation("pf.book.rules", resource.slotMinutes(),
                hours(resource.minMinutes()), hours(resource.maxMinutes()), resource.leadHours()));
        rules.addClassName("field-hint");
        skipConflicts.setLabel(getTranslation("pf.book.skipConflicts"));
        skipConflicts.setVisible(false);
        skipConflicts.setId("pf-skip-conflicts");
        add(rules, layout, occurrences, skipConflicts);

        Button check = new Button(getTranslation("pf.book.check"), click -> preview());
        check.setId("pf-check");
        Button submit = new Button(getTranslation("pf.book.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("pf-submit");
        getFooter().add(new Button(getTranslation("pf.close"), click -> close()), check, submit);
    }

    private void preview() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        Notices.attempt(() -> {
            List<Occurrence> result = bookings.preview(form.toRequest(resource.id(), zone, false));
            occurrences.show(result);
            skipConflicts.setVisible(result.size() > 1 && result.stream().anyMatch(o -> !o.ok()));
        }, errors);
    }

    private void submit() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        Notices.attempt(() -> {
            try {
                BookingOutcome outcome = bookings.request(form.toRequest(resource.id(), zone,
                        skipConflicts.getValue()));
                Notices.success(outcome.skipped().isEmpty() ? "pf.book.done" : "pf.book.doneSkipped",
                        outcome.bookingIds().size(), outcome.skipped().size());
                close();
                onBooked.run();
            } catch (SlotTakenException taken) {
                // someone else was quicker: say so and show the calendar as it is now
                Notices.refused(taken);
                close();
                onBooked.run();
            } catch (RecurrenceConflictException conflicts) {
                occurrences.show(conflicts.conflicts());
                skipConflicts.setVisible(true);
                throw conflicts;
            }
        }, errors);
    }

    private TimePicker timePicker(String key) {
        TimePicker picker = new TimePicker(getTranslation(key));
        picker.setStep(Duration.ofMinutes(resource.slotMinutes()));
        return picker;
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? Integer.toString(minutes / 60) : String.format("%.1f", minutes / 60.0);
    }

    /** The occurrences of a (weekly) request with what each one breaks. */
    static class OccurrenceList extends Div {

        private final ZoneId zone;

        OccurrenceList(ZoneId zone) {
            this.zone = zone;
            addClassName("pf-occurrences");
        }

        void show(List<Occurrence> list) {
            removeAll();
            var format = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            for (Occurrence o : list) {
                Div line = new Div();
                line.addClassName(o.ok() ? "pf-occurrence-ok" : "pf-occurrence-conflict");
                String when = format.format(o.startsAt().atZone(zone)) + " ~ "
                        + java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(o.endsAt().atZone(zone));
                line.setText(when + " · " + (o.ok() ? getTranslation("pf.book.ok")
                        : getTranslation(o.problem().key(), o.problem().argsArray())));
                add(line);
            }
        }
    }
}
