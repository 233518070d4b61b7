package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/** Date pickers show dates the portal's way: yyyy-MM-dd. */
final class DateFormats {

    private DateFormats() {
    }

    static DatePicker isoDates(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        return picker;
    }

    static DateTimePicker isoDates(DateTimePicker picker) {
        picker.setDatePickerI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        return picker;
    }
}
