package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;

/**
 * Asks for a reason (reject, cancel) and hands it to an action; the dialog stays open when the action refuses, so the
 * user can correct the text.
 */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, String text, boolean required, Predicate<String> action) {
        setHeaderTitle(title);
        addClassName("pf-reason-dialog");
        TextArea reason = new TextArea(getTranslation("pf.reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setRequired(required);
        reason.addClassName("pf-reason");
        add(new Paragraph(text), reason);
        Button confirm = new Button(getTranslation("pf.confirm"), click -> {
            if (required && reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("pf.error.reasonRequired"));
                return;
            }
            if (action.test(reason.getValue())) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("pf-reason-confirm");
        getFooter().add(new Button(getTranslation("pf.close"), click -> close()), confirm);
        setWidth("32rem");
    }
}
