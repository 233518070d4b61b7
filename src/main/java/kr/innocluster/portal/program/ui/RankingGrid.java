package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.function.LongConsumer;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.program.RankedApplication;
import kr.innocluster.portal.program.ReviewerScore;
import kr.innocluster.portal.program.ScoreLine;

/** Applications by average weighted score; each row opens to every reviewer's scores. */
class RankingGrid extends Grid<RankedApplication> {

    RankingGrid(List<RankedApplication> ranking, int passThreshold, LongConsumer open) {
        setId("ranking-grid");
        addColumn(RankedApplication::rank).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.application().companyName()).setHeader(getTranslation("program.field.company")).setFlexGrow(2);
        addColumn(r -> r.application().projectTitle()).setHeader(getTranslation("program.field.projectTitle"))
                .setFlexGrow(2);
        addColumn(r -> r.averageScore() == null ? "-" : String.valueOf(r.averageScore()))
                .setHeader(getTranslation("program.ranking.average", passThreshold)).setAutoWidth(true);
        addComponentColumn(r -> r.averageScore() == null ? new Span()
                : ProgramBadges.badge(getTranslation(r.passed() ? "program.ranking.pass" : "program.ranking.fail"),
                r.passed() ? "badge success" : "badge error")).setHeader(getTranslation("program.ranking.result"));
        addComponentColumn(r -> {
            Span status = ProgramBadges.status(this, r.application().status());
            if (r.reviews().stream().noneMatch(ReviewerScore::reviewerWithdrawn)) {
                return status;
            }
            Div cell = new Div(status, ReviewFlags.reassign(this));
            cell.addClassName("program-ranking-status");
            return cell;
        }).setHeader(getTranslation("program.field.status")).setAutoWidth(true);
        addColumn(r -> Money.won(r.application().grantedAmount())).setHeader(getTranslation("program.field.granted"));
        setItemDetailsRenderer(new ComponentRenderer<>(this::reviews));
        addItemDoubleClickListener(e -> open.accept(e.getItem().application().id()));
        setItems(ranking);
        setEmptyStateText(getTranslation("program.ranking.empty"));
        setSizeFull();
    }

    private Div reviews(RankedApplication row) {
        Div box = new Div();
        box.addClassName("program-ranking-reviews");
        for (ReviewerScore review : row.reviews()) {
            StringBuilder text = new StringBuilder(review.reviewerName()).append(" — ")
                    .append(getTranslation(review.submitted() ? "program.review.submitted" : "program.review.inProgress"))
                    .append(", ").append(review.weightedTotal()).append(": ");
            for (ScoreLine line : review.lines()) {
                text.append(line.name()).append(' ').append(line.score() == null ? "-" : line.score()).append("  ");
            }
            Div line = new Div(new Span(text.toString()));
            if (review.reviewerWithdrawn()) {
                line.add(ReviewFlags.withdrawn(this));
            }
            box.add(line);
        }
        if (row.reviews().isEmpty()) {
            box.add(new Span(getTranslation("program.review.none")));
        }
        box.add(new Div(new Span(getTranslation("program.ranking.openHint"))));
        return box;
    }
}
