package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import kr.innocluster.portal.program.ScoreLine;

/** One rubric item on the review sheet: name and weight, a 1-5 choice and a comment. */
class ScoreRow extends HorizontalLayout {

    private final ScoreLine line;
    private final RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
    private final TextField comment = new TextField();

    ScoreRow(ScoreLine line, boolean readOnly, Runnable changed) {
        this.line = line;
        addClassName("program-score-row");
        setAlignItems(Alignment.BASELINE);
        setWidthFull();
        Span name = new Span(line.name() + " (" + line.weight() + ")");
        name.addClassName("program-score-name");
        score.setItems(1, 2, 3, 4, 5);
        score.setValue(line.score());
        score.setReadOnly(readOnly);
        // the five choices stay on one line (see program.css); the comment field takes what is left
        score.addClassName("program-score-choice");
        score.getElement().setAttribute("data-item", line.name());
        score.addValueChangeListener(e -> changed.run());
        comment.setPlaceholder(getTranslation("program.review.comment"));
        comment.setValue(line.comment() == null ? "" : line.comment());
        comment.setReadOnly(readOnly);
        comment.setWidthFull();
        add(name, score, comment);
        setFlexGrow(1, comment);
    }

    ScoreLine value() {
        return new ScoreLine(line.rubricItemId(), line.name(), line.weight(), score.getValue(), comment.getValue());
    }
}
