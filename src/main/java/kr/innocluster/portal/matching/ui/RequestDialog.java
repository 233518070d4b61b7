package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.matching.ConsultationService;
import kr.innocluster.portal.matching.SolutionSummary;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.ApplicationStatus;
import kr.innocluster.portal.program.ApplicationSummary;
import org.springframework.data.domain.PageRequest;

/** A demand company asks a supplier for a consultation about one solution. */
class RequestDialog extends Dialog {

    RequestDialog(ConsultationService consultations, ApplicationService applications, SolutionSummary solution,
                  Runnable afterSent) {
        setHeaderTitle(getTranslation("matching.request.title", solution.supplierName()));
        TextArea message = new TextArea(getTranslation("matching.request.message"));
        message.setId("consultation-message");
        message.setWidth("32rem");
        message.setMinHeight("8rem");
        message.setMaxLength(2000);
        ComboBox<ApplicationSummary> program = new ComboBox<>(getTranslation("matching.request.program"));
        program.setItems(applications.myApplications(PageRequest.of(0, 50)).getContent().stream()
                .filter(a -> a.status() == ApplicationStatus.SELECTED || a.status() == ApplicationStatus.AGREED)
                .toList());
        program.setItemLabelGenerator(ApplicationSummary::programTitle);
        program.setHelperText(getTranslation("matching.request.programHint"));
        program.setWidth("32rem");
        FormErrors errors = new FormErrors().bind("message", message).bind("program", program);
        Button send = new Button(getTranslation("matching.request.send"), click -> Notices.attempt(() -> {
            consultations.request(solution.id(), message.getValue(),
                    program.getValue() == null ? null : program.getValue().programId());
            Notices.success("matching.request.sent");
            close();
            afterSent.run();
        }, errors));
        send.setId("consultation-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("matching.form.cancel"), click -> close());
        add(message, program);
        getFooter().add(cancel, send);
    }
}
