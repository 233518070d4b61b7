package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.innocluster.portal.pilotfactory.OpeningHours;

/**
 * Seven rows, Monday to Sunday: open or closed, and from when to when (closing 00:00 = midnight). A service's error
 * for the opening hours as a whole is shown under the rows ({@link HasValidation}, so forms bind it like a field).
 */
class OpeningHoursEditor extends Div implements HasValidation {

    private final Map<DayOfWeek, Checkbox> open = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, TimePicker> opens = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, TimePicker> closes = new EnumMap<>(DayOfWeek.class);
    private final Span error = new Span();

    OpeningHoursEditor(List<OpeningHours> hours) {
        addClassName("pf-hours-editor");
        for (DayOfWeek day : DayOfWeek.values()) {
            OpeningHours current = hours.stream().filter(h -> h.day() == day).findFirst().orElse(null);
            Checkbox isOpen = new Checkbox(getTranslation("pf.weekday." + day.getValue()), current != null);
            TimePicker from = new TimePicker(current == null ? LocalTime.of(9, 0) : current.opens());
            TimePicker to = new TimePicker(current == null ? LocalTime.of(18, 0) : current.closes());
            for (TimePicker picker : List.of(from, to)) {
                picker.setStep(Duration.ofMinutes(15));
                picker.setWidth("7.5rem");
                picker.setEnabled(current != null);
                picker.setAriaLabel(getTranslation(picker == from ? "pf.hours.opens" : "pf.hours.closes"));
            }
            isOpen.addValueChangeListener(e -> {
                from.setEnabled(e.getValue());
                to.setEnabled(e.getValue());
            });
            open.put(day, isOpen);
            opens.put(day, from);
            closes.put(day, to);
            Div row = new Div(isOpen, from, new Span("~"), to);
            row.addClassName("pf-hours-row");
            add(row);
        }
        error.addClassName("pf-field-error");
        error.setVisible(false);
        add(error);
    }

    List<OpeningHours> value() {
        List<OpeningHours> result = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (open.get(day).getValue()) {
                result.add(new OpeningHours(day, opens.get(day).getValue(), closes.get(day).getValue()));
            }
        }
        return result;
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
