package kr.innocluster.portal.diagnosis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.diagnosis.DiagnosisArea;
import kr.innocluster.portal.diagnosis.DiagnosisQuestion;

/** One radio group (0–4) per question, grouped by area; errors from the service land next to each question. */
class AnswerInputs extends Div {

    private final Map<String, RadioButtonGroup<Integer>> inputs = new LinkedHashMap<>();
    final FormErrors errors = new FormErrors();

    AnswerInputs(Map<String, Integer> initial) {
        addClassName("diagnosis-questions");
        for (DiagnosisArea area : DiagnosisArea.values()) {
            H3 heading = new H3(getTranslation("diagnosis.area." + area.name()));
            heading.addClassName("diagnosis-area-heading");
            add(heading);
            for (DiagnosisQuestion q : DiagnosisQuestion.ALL.stream().filter(q -> q.area() == area).toList()) {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation(q.messageKey()));
                group.setItems(List.of(0, 1, 2, 3, 4));
                group.setItemLabelGenerator(n -> getTranslation("diagnosis.answer." + n));
                group.addClassName("diagnosis-question");
                group.setId("q-" + q.id().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                if (initial != null && initial.get(q.id()) != null) {
                    group.setValue(initial.get(q.id()));
                }
                errors.bind(q.id(), group);
                inputs.put(q.id(), group);
                add(group);
            }
        }
    }

    Map<String, Integer> answers() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        inputs.forEach((id, group) -> answers.put(id, group.getValue()));
        return answers;
    }

    void onChange(Runnable listener) {
        inputs.values().forEach(group -> group.addValueChangeListener(e -> listener.run()));
    }
}
