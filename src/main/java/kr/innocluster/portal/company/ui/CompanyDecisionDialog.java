package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import kr.innocluster.portal.company.CompanyStatus;

/** Asks an official for the reason of a rejection or suspension; the company sees this reason. */
class CompanyDecisionDialog extends Dialog {

    private final TextArea reason = new TextArea();

    CompanyDecisionDialog(CompanyStatus decision, String companyName, Consumer<CompanyDecisionDialog> onConfirm) {
        setHeaderTitle(getTranslation("company.decision.title." + decision.name(), companyName));
        setWidth("32rem");
        reason.setId("decision-reason");
        reason.setLabel(getTranslation("company.decision.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        add(new Paragraph(getTranslation("company.decision.text." + decision.name())), reason);
        Button confirm = new Button(getTranslation("company.decision." + decision.name()), click -> onConfirm.accept(this));
        confirm.setId("decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("company.action.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }

    String reason() {
        return reason.getValue();
    }

    void showError(String messageKey) {
        reason.setErrorMessage(getTranslation(messageKey));
        reason.setInvalid(true);
    }
}
