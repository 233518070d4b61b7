package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.BooleanSupplier;

/** Asks "are you sure?" with what will happen, then runs the action; stays open when the action was refused. */
class ConfirmAction extends Dialog {

    ConfirmAction(String title, String explanation, String confirmLabel, boolean danger, BooleanSupplier action) {
        setHeaderTitle(title);
        setWidth("32rem");
        setMaxWidth("100%");
        add(new Paragraph(explanation));
        Button confirm = new Button(confirmLabel, click -> {
            if (action.getAsBoolean()) {
                close();
            }
        });
        confirm.setId("pp-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        getFooter().add(new Button(getTranslation("pp.cancel"), click -> close()), confirm);
    }
}
