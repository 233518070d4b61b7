package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.customfield.CustomField;
import java.math.BigDecimal;

/** An amount in KRW: whole won, shown with the ₩ prefix. */
class MoneyField extends CustomField<Long> {

    private final BigDecimalField amount = new BigDecimalField();

    MoneyField() {
        amount.setPrefixComponent(new Span("₩"));
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
}
