package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.program.ReviewService;
import kr.innocluster.portal.program.ReviewSheet;
import kr.innocluster.portal.program.ScoreLine;
import kr.innocluster.portal.program.WeightedScore;
import kr.innocluster.portal.security.Roles;

/** Scoring one application: 1-5 per rubric item with a comment, a running weighted total, submit (then read-only). */
@Route("reviews/:assignmentId(\\d+)")
@RolesAllowed(Roles.REVIEWER)
class ReviewSheetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    private final List<ScoreRow> rows = new ArrayList<>();
    private final Span total = new Span();
    private long assignmentId;

    ReviewSheetView(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("narrow-page");
        setId("review-sheet");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assignmentId = event.getRouteParameters().getLong("assignmentId").orElse(-1L);
        try {
            render(reviews.sheet(assignmentId));
        } catch (kr.innocluster.portal.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(ReviewSheet sheet) {
        removeAll();
        rows.clear();
        add(new H2(sheet.projectTitle()), new Paragraph(sheet.programTitle() + " · " + (sheet.companyName() == null
                ? getTranslation("program.review.blind") : sheet.companyName())),
                new Paragraph(getTranslation("program.field.requested") + ": " + Money.won(sheet.requestedAmount())),
                new FormattedText(sheet.summary()), new H3(getTranslation("program.editor.documents")),
                new ReviewDocumentLinks(reviews, sheet.assignmentId(), sheet.documents()), new H3(getTranslation("program.review.scores")));
        for (ScoreLine line : sheet.lines()) {
            ScoreRow row = new ScoreRow(line, sheet.submitted(), this::updateTotal);
            rows.add(row);
            add(row);
        }
        TextArea comment = new TextArea(getTranslation("program.review.overall"));
        comment.setValue(sheet.overallComment() == null ? "" : sheet.overallComment());
        comment.setReadOnly(sheet.submitted());
        comment.setWidthFull();
        total.setId("weighted-total");
        total.getElement().getThemeList().add("badge");
        add(comment, total);
        updateTotal();
        if (sheet.submitted()) {
            add(ProgramBadges.badge(getTranslation("program.review.readOnly"), "badge success"));
        } else {
            add(actions(comment));
        }
    }

    private HorizontalLayout actions(TextArea comment) {
        Button save = new Button(getTranslation("program.editor.save"), VaadinIcon.DISC.create(), click -> {
            if (Notices.attempt(() -> reviews.saveScores(assignmentId, lines(), comment.getValue()))) {
                Notices.success("program.editor.saved");
            }
        });
        save.setId("save-review");
        Button submit = new Button(getTranslation("program.review.submit"), VaadinIcon.CHECK.create(), click -> {
            if (Notices.attempt(() -> reviews.submit(assignmentId, lines(), comment.getValue()))) {
                Notices.success("program.review.submittedNotice");
                render(reviews.sheet(assignmentId));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-review");
        Button conflict = new Button(getTranslation("program.review.conflict"), VaadinIcon.WARNING.create(),
                click -> new ReasonDialog(getTranslation("program.review.conflict"),
                        getTranslation("program.review.conflictHint"), getTranslation("program.review.conflict"),
                        true, true, reason -> {
                            boolean done = Notices.attempt(() -> reviews.declareConflict(assignmentId, reason));
                            if (done) {
                                getUI().ifPresent(ui -> ui.navigate(ReviewsView.class));
                            }
                            return done;
                        }).open());
        conflict.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(save, submit, conflict);
    }

    private List<ScoreLine> lines() {
        return rows.stream().map(ScoreRow::value).toList();
    }

    private void updateTotal() {
        total.setText(getTranslation("program.review.total", WeightedScore.of(lines())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reviews") + " | " + getTranslation("app.name");
    }
}
