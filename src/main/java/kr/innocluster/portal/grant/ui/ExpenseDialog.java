package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.grant.BudgetLineView;
import kr.innocluster.portal.grant.ExpenseForm;
import kr.innocluster.portal.grant.ExpenseService;
import kr.innocluster.portal.grant.PaymentMethod;
import kr.innocluster.portal.grant.ProjectDetails;

/** The company records an expense; the service checks it and takes the amount from the line's room. */
class ExpenseDialog extends Dialog {

    ExpenseDialog(ExpenseService expenses, ProjectDetails d, Runnable saved) {
        setHeaderTitle(getTranslation("grant.expense.title"));
        setWidth("min(40rem, 96vw)");
        ComboBox<BudgetLineView> line = new ComboBox<>(getTranslation("grant.expense.line"));
        line.setItems(d.lines());
        line.setItemLabelGenerator(l -> getTranslation("grant.expense.lineLeft", l.category(), Money.won(l.left())));
        line.setId("grant-expense-line");
        DatePicker spentOn = IsoDates.of(new DatePicker(getTranslation("grant.expense.spentOn")));
        spentOn.setId("grant-expense-date");
        spentOn.setMin(d.summary().periodStart());
        spentOn.setMax(d.summary().periodEnd());
        TextField supplier = new TextField(getTranslation("grant.expense.supplierName"));
        supplier.setId("grant-expense-supplier");
        supplier.setMaxLength(200);
        TextField number = new TextField(getTranslation("grant.expense.supplierNumber"));
        number.setId("grant-expense-bn");
        number.setPlaceholder("000-00-00000");
        WonField supply = new WonField(getTranslation("grant.expense.supplyAmount"));
        supply.setId("grant-expense-supply");
        WonField vat = new WonField(getTranslation("grant.expense.vat"));
        vat.setId("grant-expense-vat");
        vat.setHelperText(getTranslation(d.deductsInputVat() ? "grant.expense.vatHint"
                : "grant.expense.vatHintIncluded"));
        RadioButtonGroup<PaymentMethod> method = new RadioButtonGroup<>(getTranslation("grant.expense.paymentMethod"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("grant.payment." + m));
        method.setValue(PaymentMethod.GRANT_CARD);
        method.setId("grant-expense-method");
        TextArea description = new TextArea(getTranslation("grant.expense.description"));
        description.setId("grant-expense-description");
        description.setMaxLength(1000);
        FormLayout form = new FormLayout(line, spentOn, supplier, number, supply, vat, method, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(method, 2);
        form.setColspan(description, 2);
        add(form);
        FormErrors errors = new FormErrors().bind("line", line).bind("spentOn", spentOn)
                .bind("supplierName", supplier).bind("supplierNumber", number).bind("supplyAmount", supply)
                .bind("vat", vat).bind("paymentMethod", method).bind("description", description);
        Button save = new Button(getTranslation("grant.action.save"), click -> {
            errors.clear();
            Notices.attempt(() -> {
                expenses.record(d.id(), new ExpenseForm(line.getValue() == null ? null : line.getValue().id(),
                        spentOn.getValue(), supplier.getValue(), number.getValue(), supply.getValue(),
                        vat.getValue(), method.getValue(), description.getValue()));
                Notices.success("grant.expense.saved");
                close();
                saved.run();
            }, errors);
        });
        save.setId("grant-expense-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("grant.action.cancel"), click -> close()), save);
    }
}
