package kr.innocluster.portal.diagnosis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.diagnosis.DiagnosisDetails;
import kr.innocluster.portal.diagnosis.DiagnosisQuestion;
import kr.innocluster.portal.diagnosis.DiagnosisResult;
import kr.innocluster.portal.diagnosis.DiagnosisScoring;
import kr.innocluster.portal.diagnosis.DiagnosisService;
import kr.innocluster.portal.diagnosis.MentorService;
import kr.innocluster.portal.security.Roles;

/**
 * One diagnosis: result and chart, every answer (self-assessed and confirmed), and for the assigned mentor or an
 * official the on-site confirmation form with corrections.
 */
@Route("diagnosis/review")
@RolesAllowed({Roles.COMPANY, Roles.MENTOR, Roles.OFFICIAL})
class DiagnosisDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DiagnosisService diagnoses;
    private final MentorService mentors;
    private final DisplayZone zone;
    private final Clock clock;
    private String title = "";

    DiagnosisDetailView(DiagnosisService diagnoses, MentorService mentors, DisplayZone zone, Clock clock) {
        this.diagnoses = diagnoses;
        this.mentors = mentors;
        this.zone = zone;
        this.clock = clock;
        addClassName("diagnosis-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        DiagnosisDetails d;
        try {
            d = diagnoses.details(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        show(d);
    }

    private void show(DiagnosisDetails d) {
        removeAll();
        title = getTranslation("diagnosis.detail.title", d.companyName());
        add(new H2(title), new ResultPanel(d, diagnoses.comparison(d.id()), diagnoses.scoring().cutOffs(), zone));
        if (!d.confirmed() && mentors.mayMentor(d.companyId())) {
            add(confirmForm(d));
        } else {
            add(new H3(getTranslation("diagnosis.detail.answers")), answersGrid(d));
        }
    }

    private Grid<DiagnosisQuestion> answersGrid(DiagnosisDetails d) {
        Grid<DiagnosisQuestion> grid = new Grid<>();
        grid.addColumn(q -> getTranslation("diagnosis.area." + q.area().name()))
                .setHeader(getTranslation("diagnosis.col.question")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> getTranslation(q.messageKey())).setFlexGrow(1);
        grid.addColumn(q -> getTranslation("diagnosis.answer." + d.selfAnswers().get(q.id())))
                .setHeader(getTranslation("diagnosis.col.self")).setAutoWidth(true);
        if (d.confirmed()) {
            grid.addColumn(q -> getTranslation("diagnosis.answer." + d.confirmedAnswers().get(q.id())))
                    .setHeader(getTranslation("diagnosis.col.confirmed")).setAutoWidth(true);
        }
        grid.setItems(DiagnosisQuestion.ALL);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div confirmForm(DiagnosisDetails d) {
        Div form = new Div();
        form.addClassNames("card", "diagnosis-confirm");
        Paragraph hint = new Paragraph(getTranslation("diagnosis.confirm.hint"));
        hint.addClassName("field-hint");
        AnswerInputs answers = new AnswerInputs(d.selfAnswers());
        DatePicker visit = new DatePicker(getTranslation("diagnosis.confirm.visitDate"));
        visit.setId("visit-date");
        visit.setMax(LocalDate.now(clock.withZone(zone.zoneId())));
        visit.setValue(visit.getMax());
        TextArea notes = new TextArea(getTranslation("diagnosis.confirm.notes"));
        notes.setId("confirm-notes");
        notes.setWidthFull();
        notes.setMaxLength(2000);
        Paragraph preview = new Paragraph();
        preview.setId("confirm-preview");
        DiagnosisScoring scoring = diagnoses.scoring();
        Runnable update = () -> {
            try {
                DiagnosisResult r = scoring.score(answers.answers());
                preview.setText(getTranslation("diagnosis.confirm.preview", r.overallLevel(), r.overallScore()));
            } catch (IllegalArgumentException incomplete) {
                preview.setText("");
            }
        };
        answers.onChange(update);
        update.run();
        FormErrors errors = answers.errors;
        errors.bind("visitDate", visit).bind("notes", notes);
        Button confirm = new Button(getTranslation("diagnosis.confirm.submit"));
        confirm.setId("confirm-diagnosis");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> Notices.attempt(() -> {
            DiagnosisDetails confirmed = diagnoses.confirm(d.id(), d.version(), answers.answers(), visit.getValue(),
                    notes.getValue());
            Notices.success("diagnosis.confirm.done", confirmed.result().overallLevel());
            show(confirmed);
        }, errors));
        form.add(new H3(getTranslation("diagnosis.confirm.title")), hint, answers, visit, notes, preview, confirm);
        return form;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
