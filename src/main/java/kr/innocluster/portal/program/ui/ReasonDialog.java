package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;

/** Asks for a reason (rejection, correction request, conflict, withdrawal) before an action. */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, Predicate<String> action, boolean required) {
        setHeaderTitle(title);
        TextArea reason = new TextArea(getTranslation("program.field.reason"));
        reason.setWidth("28rem");
        reason.setId("reason");
        reason.setRequired(required);
        add(reason);
        Button ok = new Button(getTranslation("program.action.confirm"), click -> {
            if (required && reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("program.validation.reason"));
                return;
            }
            if (action.test(reason.getValue())) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("reason-confirm");
        getFooter().add(new Button(getTranslation("program.action.cancel"), click -> close()), ok);
    }
}
