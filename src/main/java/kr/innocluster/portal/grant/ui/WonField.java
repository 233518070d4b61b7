package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;

/** An amount in KRW: whole won, shown with the ₩ prefix. */
class WonField extends CustomField<Long> {

    private final BigDecimalField amount = new BigDecimalField();

    WonField(String label) {
        setLabel(label);
        amount.setPrefixComponent(new Span("\u20a9"));
        amount.setWidthFull();
        add(amount);
    }

    @Override
    protected Long generateModelValue() {
        BigDecimal value = amount.getValue();
        return value == null ? null : value.longValue();
    }

    @Override
    protected void setPresentationValue(Long value) {
        amount.setValue(value == null ? null : BigDecimal.valueOf(value));
    }

    @Override
    public void setId(String id) {
        amount.setId(id);
    }

    long valueOrZero() {
        Long v = getValue();
        return v == null ? 0 : v;
    }
}
