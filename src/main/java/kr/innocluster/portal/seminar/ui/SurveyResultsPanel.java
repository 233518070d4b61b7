package kr.innocluster.portal.seminar.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.Map;
import kr.innocluster.portal.seminar.SurveyResults;

/** Survey results: response rate, averages, the distribution of the overall rating, and the comments. */
class SurveyResultsPanel extends Div {

    SurveyResultsPanel(SurveyResults results) {
        setId("survey-results");
        setWidthFull();
        if (results.responses() == 0) {
            add(new Paragraph(getTranslation("seminar.desk.surveyEmpty")));
            return;
        }
        add(new Paragraph(getTranslation("seminar.desk.surveySummary", results.responses(), results.attended(),
                String.format(Locale.ROOT, "%.1f", results.overallAverage()),
                String.format(Locale.ROOT, "%.1f", results.usefulnessAverage()))));
        long max = results.overallDistribution().values().stream().mapToLong(Long::longValue).max().orElse(1);
        for (Map.Entry<Integer, Long> entry : results.overallDistribution().entrySet()) {
            Div bar = new Div();
            bar.getStyle().set("height", "0.9rem").set("background", "var(--lumo-primary-color)")
                    .set("border-radius", "var(--lumo-border-radius-s)")
                    .set("width", (max == 0 ? 0 : 100 * entry.getValue() / max) + "%");
            Div track = new Div(bar);
            track.getStyle().set("flex", "1").set("background", "var(--lumo-contrast-5pct)");
            Span label = new Span(getTranslation("seminar.survey.rating." + entry.getKey()));
            label.setWidth("7rem");
            Span value = new Span(String.valueOf(entry.getValue()));
            value.setWidth("3rem");
            Div row = new Div(label, track, value);
            row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                    .set("max-width", "36rem");
            add(row);
        }
        if (!results.comments().isEmpty()) {
            UnorderedList comments = new UnorderedList();
            results.comments().forEach(comment -> comments.add(new ListItem(comment)));
            add(new Paragraph(getTranslation("seminar.desk.comments")), comments);
        }
    }
}
