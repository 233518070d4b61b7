package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.seminar.MyRegistration;
import kr.innocluster.portal.seminar.SeminarRegistrationService;
import kr.innocluster.portal.seminar.SurveyAnswer;

/** The one-minute satisfaction survey: two ratings and an optional comment. */
class SurveyDialog extends Dialog {

    SurveyDialog(MyRegistration registration, SeminarRegistrationService service, Runnable changed) {
        setHeaderTitle(getTranslation("seminar.survey.title", registration.seminarTitle()));
        setId("survey-dialog");
        RadioButtonGroup<Integer> overall = rating("seminar.survey.overall");
        RadioButtonGroup<Integer> usefulness = rating("seminar.survey.usefulness");
        TextArea comment = new TextArea(getTranslation("seminar.survey.comment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        add(new VerticalLayout(overall, usefulness, comment));
        FormErrors errors = new FormErrors().bind("overall", overall).bind("usefulness", usefulness)
                .bind("comment", comment);
        Button submit = new Button(getTranslation("seminar.survey.submit"), click -> {
            if (overall.isEmpty() || usefulness.isEmpty()) {
                overall.setInvalid(overall.isEmpty());
                usefulness.setInvalid(usefulness.isEmpty());
                return;
            }
            boolean answered = Notices.attempt(() -> service.answerSurvey(registration.id(),
                    new SurveyAnswer(overall.getValue(), usefulness.getValue(), comment.getValue())), errors);
            if (answered) {
                Notices.success("seminar.survey.thanks");
                close();
                changed.run();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("seminar.common.back"), click -> close()), submit);
    }

    private RadioButtonGroup<Integer> rating(String key) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation(key));
        group.setItems(List.of(1, 2, 3, 4, 5));
        group.setItemLabelGenerator(value -> getTranslation("seminar.survey.rating." + value));
        group.setErrorMessage(getTranslation("seminar.survey.error.rating"));
        return group;
    }
}
