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
        addClassName("seminar-survey-results");
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
            bar.addClassName("seminar-survey-bar");
            // geometry from data: the bar's length is its share of the largest count
            bar.getStyle().set("width", (max == 0 ? 0 : 100 * entry.getValue() / max) + "%");
            Div track = new Div(bar);
            track.addClassName("seminar-survey-track");
            Span label = new Span(getTranslation("seminar.survey.rating." + entry.getKey()));
            label.addClassName("seminar-survey-label");
            Span value = new Span(String.valueOf(entry.getValue()));
            value.addClassName("seminar-survey-value");
            Div row = new Div(label, track, value);
            row.addClassName("seminar-survey-row");
            add(row);
        }
        if (!results.comments().isEmpty()) {
            UnorderedList comments = new UnorderedList();
            results.comments().forEach(comment -> comments.add(new ListItem(comment)));
            add(new Paragraph(getTranslation("seminar.desk.comments")), comments);
        }
    }
}
