package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** The error of a group of fields (the budget lines, the KPIs), shown under the group by {@code FormErrors}. */
class ErrorText extends Span implements HasValidation {

    private boolean invalid;

    ErrorText() {
        addClassName("grant-error-text");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        setText(errorMessage);
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
