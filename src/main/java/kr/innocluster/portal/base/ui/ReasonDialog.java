package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;

/**
 * Asks for a reason before an action (rejection, correction request, cancellation, suspension ...) and hands it to
 * the action. The dialog stays open when the action refuses, so the user can correct the text. Test hooks: the text
 * area has the id {@code reason}, the confirm button {@code reason-confirm}.
 */
public class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea();

    /**
     * @param title        translated dialog title
     * @param explanation  translated text above the field (who will read the reason, what happens), or null
     * @param confirmLabel translated label of the confirm button
     * @param required     whether an empty reason is refused
     * @param danger       whether the action is destructive (red confirm button)
     * @param action       receives the reason; returns true when it went through (then the dialog closes)
     */
    public ReasonDialog(String title, String explanation, String confirmLabel, boolean required, boolean danger,
                        Predicate<String> action) {
        setHeaderTitle(title);
        addClassName("ic-reason-dialog");
        setWidth("32rem");
        setMaxWidth("100%");
        reason.setId("reason");
        reason.setLabel(getTranslation("reason.label"));
        reason.setMaxLength(1000);
        reason.setRequired(required);
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        if (explanation != null) {
            add(new Paragraph(explanation));
        }
        add(reason);
        Button confirm = new Button(confirmLabel, click -> {
            if (required && reason.getValue().isBlank()) {
                showError("reason.required");
                return;
            }
            if (action.test(reason.getValue().strip())) {
                close();
            }
        });
        confirm.setId("reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button cancel = new Button(getTranslation("reason.cancel"), click -> close());
        cancel.setId("reason-cancel");
        getFooter().add(cancel, confirm);
    }

    /** Shows a message (key of any bundle) under the reason field, e.g. when the service refused the reason. */
    public void showError(String messageKey, Object... args) {
        reason.setErrorMessage(getTranslation(messageKey, args));
        reason.setInvalid(true);
    }
}
