package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.seminar.SeminarForm;

/** The programme editor: one row per session (time, topic, speaker, affiliation), rows added and removed freely. */
class SessionsEditor extends VerticalLayout {

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout rowsLayout = new VerticalLayout();
    private final InlineError error = new InlineError();

    SessionsEditor(List<SeminarForm.SessionForm> sessions) {
        setPadding(false);
        setId("sessions-editor");
        rowsLayout.setPadding(false);
        rowsLayout.setSpacing(false);
        Button add = new Button(getTranslation("seminar.editor.addSession"), VaadinIcon.PLUS.create(),
                click -> addRow(new SeminarForm.SessionForm()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-session");
        sessions.forEach(this::addRow);
        add(rowsLayout, error, add);
    }

    List<SeminarForm.SessionForm> value() {
        return rows.stream().map(Row::toForm).toList();
    }

    /** Where a refusal of the programme as a whole is shown (field name "sessions"). */
    InlineError error() {
        return error;
    }

    private void addRow(SeminarForm.SessionForm session) {
        Row row = new Row(session);
        rows.add(row);
        rowsLayout.add(row);
    }

    private final class Row extends HorizontalLayout {
        private final TimePicker start = new TimePicker();
        private final TimePicker end = new TimePicker();
        private final TextField topic = new TextField();
        private final TextField speaker = new TextField();
        private final TextField affiliation = new TextField();

        Row(SeminarForm.SessionForm session) {
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            start.setStep(Duration.ofMinutes(10));
            end.setStep(Duration.ofMinutes(10));
            start.addClassName("seminar-session-time");
            end.addClassName("seminar-session-time");
            start.setAriaLabel(getTranslation("seminar.editor.sessionStart"));
            end.setAriaLabel(getTranslation("seminar.editor.sessionEnd"));
            start.setValue(session.getStartsAt());
            end.setValue(session.getEndsAt());
            topic.setPlaceholder(getTranslation("seminar.detail.topic"));
            topic.setValue(session.getTopic() == null ? "" : session.getTopic());
            speaker.setPlaceholder(getTranslation("seminar.editor.speaker"));
            speaker.setValue(session.getSpeaker() == null ? "" : session.getSpeaker());
            affiliation.setPlaceholder(getTranslation("seminar.editor.affiliation"));
            affiliation.setValue(session.getAffiliation() == null ? "" : session.getAffiliation());
            setFlexGrow(2, topic);
            setFlexGrow(1, speaker, affiliation);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                rowsLayout.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("seminar.editor.removeSession"));
            add(start, new Span("~"), end, topic, speaker, affiliation, remove);
        }

        SeminarForm.SessionForm toForm() {
            return new SeminarForm.SessionForm(start.getValue(), end.getValue(), topic.getValue(), speaker.getValue(),
                    affiliation.getValue());
        }
    }
}
