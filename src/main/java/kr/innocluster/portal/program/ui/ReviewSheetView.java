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
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.ProgramRecordNotFoundException;
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
    private final ApplicationService applications;
    private final List<ScoreRow> rows = new ArrayList<>();
    private final Span total = new Span();
    private long assignmentId;

    ReviewSheetView(ReviewService reviews, ApplicationService applications) {
        this.reviews = reviews;
        this.applications = applications;
        addClassName("narrow-page");
        setId("review-sheet");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assignmentId = event.getRouteParameters().getLong("assignmentId").orElse(-1L);
        try {
            render(reviews.sheet(assignmentId));
        } catch (ProgramRecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(ReviewSheet sheet) {
        removeAll();
        rows.clear();
        add(new H2(sheet.projectTitle()), new Paragraph(sheet.programTitle() + " · " + (sheet.companyName() == null
                ? getTranslation("program.review.blind") : sheet.companyName())),
                new Paragraph(getTranslation("program.field.requested") + ": " + ProgramUi.won(sheet.requestedAmount())),
                new FormattedText(sheet.summary()), new H3(getTranslation("program.editor.documents")),
                new DocumentLinks(applications, sheet.documents()), new H3(getTranslation("program.review.scores")));
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
            add(ProgramUi.badge(getTranslation("program.review.readOnly"), "badge success"));
        } else {
            add(actions(comment));
        }
    }

    private HorizontalLayout actions(TextArea comment) {
        Button save = new Button(getTranslation("program.editor.save"), VaadinIcon.DISC.create(), click -> {
            if (ProgramUi.attempt(this, () -> reviews.saveScores(assignmentId, lines(), comment.getValue()))) {
                ProgramUi.success(this, "program.editor.saved");
            }
        });
        save.setId("save-review");
        Button submit = new Button(getTranslation("program.review.submit"), VaadinIcon.CHECK.create(), click -> {
            if (ProgramUi.attempt(this, () -> {
                reviews.saveScores(assignmentId, lines(), comment.getValue());
                reviews.submit(assignmentId);
            })) {
                ProgramUi.success(this, "program.review.submittedNotice");
                render(reviews.sheet(assignmentId));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-review");
        Button conflict = new Button(getTranslation("program.review.conflict"), VaadinIcon.WARNING.create(),
                click -> new ReasonDialog(getTranslation("program.review.conflict"), reason -> {
                    boolean done = ProgramUi.attempt(this, () -> reviews.declareConflict(assignmentId, reason));
                    if (done) {
                        getUI().ifPresent(ui -> ui.navigate(ReviewsView.class));
                    }
                    return done;
                }, true).open());
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
