package kr.innocluster.portal.diagnosis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.diagnosis.DiagnosisService;
import kr.innocluster.portal.security.Roles;

/** The questionnaire a company answers as its self-assessment. */
@Route("diagnosis/new")
@RolesAllowed(Roles.COMPANY)
class DiagnosisFormView extends VerticalLayout implements HasDynamicTitle {

    DiagnosisFormView(DiagnosisService diagnoses) {
        addClassName("diagnosis-page");
        Paragraph hint = new Paragraph(getTranslation("diagnosis.form.hint"));
        hint.addClassName("field-hint");
        Paragraph rule = new Paragraph(getTranslation("diagnosis.form.rule",
                diagnoses.scoring().cutOffs().stream().map(String::valueOf).collect(Collectors.joining("/")),
                diagnoses.scoring().maxLeadOverWeakest()));
        rule.addClassName("field-hint");
        AnswerInputs answers = new AnswerInputs(Map.of());
        Button submit = new Button(getTranslation("diagnosis.form.submit"));
        submit.setId("submit-diagnosis");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> Notices.attempt(() -> {
            diagnoses.submitSelfAssessment(answers.answers());
            Notices.success("diagnosis.form.submitted");
            getUI().ifPresent(ui -> ui.navigate(DiagnosisView.class));
        }, answers.errors));
        add(new H2(getTranslation("diagnosis.form.title")), hint, answers, rule, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("diagnosis.form.title");
    }
}
