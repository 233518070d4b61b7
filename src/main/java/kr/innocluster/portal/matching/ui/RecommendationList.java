package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import kr.innocluster.portal.matching.CatalogueService;
import kr.innocluster.portal.matching.ConsultationService;
import kr.innocluster.portal.matching.RankedSolution;
import kr.innocluster.portal.program.ApplicationService;

/** The demand company's ranked solutions, each with the reasons of its rank in words and a request button. */
class RecommendationList extends Div {

    private final CatalogueService catalogue;
    private final ConsultationService consultations;
    private final ApplicationService applications;
    private final Div list = new Div();

    RecommendationList(CatalogueService catalogue, ConsultationService consultations,
                       ApplicationService applications) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.consultations = consultations;
        addClassName("matching-recommendations");
        Paragraph hint = new Paragraph(getTranslation("matching.recommend.hint"));
        hint.addClassName("field-hint");
        list.setId("recommendations");
        add(new H3(getTranslation("matching.recommend.title")), hint, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<RankedSolution> ranked = catalogue.recommendations(8);
        if (ranked.isEmpty()) {
            list.add(new Paragraph(getTranslation("matching.recommend.none")));
        }
        for (RankedSolution r : ranked) {
            Div card = new Div();
            card.addClassName("matching-recommendation");
            Span rank = new Span(getTranslation("matching.recommend.rank", r.rank()));
            rank.addClassName("matching-rank");
            Span name = new Span(r.solution().name());
            name.addClassName("matching-solution-name");
            Span supplier = new Span(r.solution().supplierName() + " · "
                    + getTranslation("matching.category." + r.solution().category().name()));
            supplier.addClassName("matching-supplier");
            Span score = new Span(getTranslation("matching.recommend.score", r.score()));
            score.addClassName("matching-score");
            Div head = new Div(rank, name, supplier, score);
            head.addClassName("matching-recommendation-head");
            Div reasons = new Div(MatchingLabels.reasons(r.reasons(), this::getTranslation));
            reasons.addClassName("matching-reasons");
            Button request = new Button(getTranslation("matching.request.open"),
                    click -> new RequestDialog(consultations, applications, r.solution(), () -> { }).open());
            request.addClassName("matching-request");
            request.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(head, reasons, MatchingLabels.trackRecord(r.solution().trackRecord(), this::getTranslation),
                    request);
            list.add(card);
        }
    }
}
