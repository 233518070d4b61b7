package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.matching.ConsultationService;
import kr.innocluster.portal.matching.SolutionSummary;

/** A demand company asks a supplier for a consultation about one solution. */
class RequestDialog extends Dialog {

    RequestDialog(ConsultationService consultations, SolutionSummary solution, Runnable afterSent) {
        setHeaderTitle(getTranslation("matching.request.title", solution.supplierName()));
        TextArea message = new TextArea(getTranslation("matching.request.message"));
        message.setId("consultation-message");
        message.setWidth("32rem");
        message.setMinHeight("8rem");
        message.setMaxLength(2000);
        FormErrors errors = new FormErrors().bind("message", message);
        Button send = new Button(getTranslation("matching.request.send"), click -> Notices.attempt(() -> {
            consultations.request(solution.id(), message.getValue(), null);
            Notices.success("matching.request.sent");
            close();
            afterSent.run();
        }, errors));
        send.setId("consultation-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("matching.form.cancel"), click -> close());
        add(message);
        getFooter().add(cancel, send);
    }
}
