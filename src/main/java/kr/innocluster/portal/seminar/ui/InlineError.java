package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/**
 * The error line under a group of inputs that has no error slot of its own (the consent box, the programme rows), so
 * {@code FormErrors} can put a service's field error there like next to any other field.
 */
class InlineError extends Span implements HasValidation {

    private String errorMessage = "";
    private boolean invalid;

    InlineError() {
        addClassName("seminar-inline-error");
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage == null ? "" : errorMessage;
        setText(invalid ? this.errorMessage : "");
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setText(invalid ? errorMessage : "");
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
