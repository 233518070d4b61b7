package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** An error line under a group of fields (the KPI rows, the terms checkbox) that FormErrors can fill like a field. */
class FieldError extends Span implements HasValidation {

    private boolean invalid;

    FieldError(String id) {
        setId(id);
        addClassName("pp-field-error");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
