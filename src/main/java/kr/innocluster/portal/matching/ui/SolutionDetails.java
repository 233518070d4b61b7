package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import kr.innocluster.portal.matching.SolutionSummary;

/** A solution's description, tags, industries, areas, references and its supplier's track record. */
class SolutionDetails extends Div {

    SolutionDetails(SolutionSummary s) {
        addClassName("matching-solution-details");
        if (!s.description().isBlank()) {
            add(new Paragraph(s.description()));
        }
        if (!s.tags().isEmpty()) {
            add(new Paragraph(getTranslation("matching.detail.tags", String.join(", ", s.tags()))));
        }
        if (!s.targetSections().isEmpty()) {
            add(new Paragraph(getTranslation("matching.detail.sections", s.targetSections().stream().sorted()
                    .map(x -> getTranslation("company.ksic." + x)).collect(Collectors.joining(", ")))));
        }
        if (!s.areas().isEmpty()) {
            add(new Paragraph(getTranslation("matching.detail.areas", s.areas().stream().sorted()
                    .map(a -> getTranslation("diagnosis.area." + a.name())).collect(Collectors.joining(", ")))));
        }
        if (!s.referenceDeployments().isBlank()) {
            add(new Paragraph(getTranslation("matching.detail.references", s.referenceDeployments())));
        }
        add(MatchingLabels.trackRecord(s.trackRecord(), this::getTranslation));
        Paragraph hint = new Paragraph(getTranslation("matching.track.hint"));
        hint.addClassName("field-hint");
        add(hint);
    }
}
