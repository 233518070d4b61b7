package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Dates as the portal writes them everywhere: yyyy-MM-dd. */
final class IsoDates {

    private IsoDates() {
    }

    static DatePicker of(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        return picker;
    }
}
