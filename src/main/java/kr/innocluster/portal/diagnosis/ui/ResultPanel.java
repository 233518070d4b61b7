package kr.innocluster.portal.diagnosis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.diagnosis.DiagnosisDetails;
import kr.innocluster.portal.diagnosis.PeerComparison;

/** One diagnosis at a glance: overall level, status, who confirmed it, and the chart against the regional average. */
class ResultPanel extends Div {

    ResultPanel(DiagnosisDetails d, PeerComparison comparison, java.util.List<Integer> cutOffs, DisplayZone zone) {
        addClassNames("card", "diagnosis-result");
        setWidthFull();
        Span level = new Span(getTranslation("diagnosis.level", d.result().overallLevel()));
        level.addClassName("diagnosis-level");
        level.setId("diagnosis-level");
        Span score = new Span(getTranslation("diagnosis.score", d.result().overallScore()));
        score.addClassName("diagnosis-score");
        Div head = new Div(level, score, DiagnosisLabels.status(d.status(), this::getTranslation));
        head.addClassName("diagnosis-result-head");
        add(new H3(getTranslation("diagnosis.chart.title")), head);
        Paragraph when = new Paragraph(d.confirmed()
                ? getTranslation("diagnosis.result.confirmedBy", d.confirmedBy(), DisplayZone.DATE.format(d.visitDate()))
                : getTranslation("diagnosis.result.submittedAt", zone.formatDate(d.submittedAt())));
        when.addClassName("field-hint");
        add(when, new AreaChart(comparison, cutOffs));
        Paragraph note = new Paragraph(comparison.averageShown()
                ? getTranslation("diagnosis.chart.averageNote", comparison.peers())
                : getTranslation("diagnosis.chart.noAverage", getTranslation("company.region." + comparison.region()),
                        comparison.ksicSection(), comparison.peers(), comparison.minPeers()));
        note.addClassName("field-hint");
        note.setId("diagnosis-average-note");
        add(note);
        if (d.notes() != null) {
            add(new Paragraph(getTranslation("diagnosis.confirm.notes.label", d.notes())));
        }
    }
}
