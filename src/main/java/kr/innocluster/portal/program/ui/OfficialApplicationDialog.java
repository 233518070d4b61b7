package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumSet;
import java.util.function.Consumer;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.program.AgreementService;
import kr.innocluster.portal.program.ApplicationDetails;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.ApplicationStatus;
import kr.innocluster.portal.program.IntakeService;
import kr.innocluster.portal.program.ReviewerOption;
import kr.innocluster.portal.program.ReviewerScore;
import kr.innocluster.portal.program.SelectionService;

/** One application for officials: details, documents, reviews and the next decisions its status allows. */
class OfficialApplicationDialog extends Dialog {

    private final long applicationId;
    private final IntakeService intake;
    private final SelectionService selection;
    private final AgreementService agreements;
    private final ApplicationService applications;
    private final DisplayZone zone;
    private final Runnable changed;

    OfficialApplicationDialog(long applicationId, IntakeService intake, SelectionService selection,
                              AgreementService agreements, ApplicationService applications, DisplayZone zone,
                              Runnable changed) {
        this.applicationId = applicationId;
        this.intake = intake;
        this.selection = selection;
        this.agreements = agreements;
        this.applications = applications;
        this.zone = zone;
        this.changed = changed;
        setWidth("56rem");
        setMaxWidth("100%");
        setId("application-dialog");
        getFooter().add(new Button(getTranslation("program.action.close"), click -> close()));
        render();
    }

    private void render() {
        removeAll();
        ApplicationDetails d = intake.application(applicationId);
        setHeaderTitle(d.companyName() + " — " + d.projectTitle());
        add(ProgramBadges.status(this, d.status()),
                new Paragraph(getTranslation("program.dialog.requested", Money.won(d.requestedAmount()),
                        zone.formatDateTime(d.submittedAt()))),
                new FormattedText(d.summary()));
        if (d.eligibility() != null) {
            add(new EligibilityMark(d.eligibility()));
        }
        add(new H4(getTranslation("program.editor.documents")), new DocumentLinks(applications, d.documents()));
        add(new H4(getTranslation("program.dialog.reviews")), reviews());
        add(actions(d));
        agreements.agreementOf(applicationId).ifPresent(a -> add(new AgreementPanel(a, zone, null)));
    }

    private Div reviews() {
        Div box = new Div();
        for (ReviewerScore review : intake.reviewsOf(applicationId)) {
            Paragraph line = new Paragraph(review.reviewerName() + " — " + getTranslation(review.submitted()
                    ? "program.review.submitted" : "program.review.inProgress") + " · " + review.weightedTotal());
            line.addClassName("program-review-line");
            if (review.reviewerWithdrawn()) {
                line.add(ReviewFlags.withdrawn(this));
            }
            box.add(line);
        }
        if (box.getComponentCount() == 0) {
            box.add(new Paragraph(getTranslation("program.review.none")));
        }
        return box;
    }

    private HorizontalLayout actions(ApplicationDetails d) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        ApplicationStatus status = d.status();
        if (status == ApplicationStatus.SUBMITTED) {
            actions.add(button("program.dialog.accept", "accept-application", () -> intake.accept(applicationId)));
        }
        if (EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED).contains(status)) {
            actions.add(reasonButton("program.dialog.correction", "program.dialog.correctionHint", false,
                    reason -> intake.requestCorrection(applicationId, reason)));
        }
        if (EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_REVIEW).contains(status)) {
            ComboBox<ReviewerOption> reviewer = new ComboBox<>();
            reviewer.setPlaceholder(getTranslation("program.dialog.reviewer"));
            reviewer.setItems(intake.reviewers());
            reviewer.setItemLabelGenerator(r -> r.affiliation() == null ? r.displayName()
                    : r.displayName() + " · " + r.affiliation());
            reviewer.setRenderer(new ComponentRenderer<>(r -> new ReviewerExpertise(r, true)));
            reviewer.addClassName("program-reviewer-choice");
            reviewer.setId("reviewer-choice");
            Div chosen = new Div();
            chosen.setId("reviewer-expertise");
            chosen.addClassName("program-reviewer-chosen");
            reviewer.addValueChangeListener(e -> {
                chosen.removeAll();
                if (e.getValue() != null) {
                    chosen.add(new ReviewerExpertise(e.getValue(), false));
                }
            });
            actions.add(reviewer, button("program.dialog.assign", "assign-reviewer", () -> {
                if (reviewer.getValue() != null) {
                    intake.assign(applicationId, reviewer.getValue().subject());
                }
            }));
            actions.add(chosen);
        }
        if (status == ApplicationStatus.UNDER_REVIEW) {
            MoneyField amount = new MoneyField();
            amount.setValue(Math.min(d.requestedAmount(), d.maxGrant()));
            amount.setId("grant-amount");
            actions.add(amount, button("program.dialog.select", "select-application",
                    () -> selection.select(applicationId, amount.getValue() == null ? 0 : amount.getValue(), null)));
        }
        if (EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.INCOMPLETE, ApplicationStatus.ACCEPTED,
                ApplicationStatus.UNDER_REVIEW).contains(status)) {
            actions.add(reasonButton("program.dialog.reject", "program.dialog.rejectHint", true,
                    reason -> selection.reject(applicationId, reason)));
        }
        if (status == ApplicationStatus.SELECTED) {
            Button agreement = new Button(getTranslation("program.dialog.agreement"),
                    click -> new AgreementDialog(applicationId, d.grantedAmount(), agreements, this::afterChange).open());
            agreement.setId("record-agreement");
            actions.add(agreement);
        }
        return actions;
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            if (Notices.attempt(action)) {
                Notices.success("program.dialog.done");
                afterChange();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }

    /** A decision that needs a reason the company will read ({@code hintKey} says so in the dialog). */
    private Button reasonButton(String key, String hintKey, boolean danger, Consumer<String> action) {
        Button button = new Button(getTranslation(key), click -> new ReasonDialog(getTranslation(key),
                getTranslation(hintKey), getTranslation(key), true, danger, reason -> {
                    boolean done = Notices.attempt(() -> action.accept(reason));
                    if (done) {
                        afterChange();
                    }
                    return done;
                }).open());
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return button;
    }

    private void afterChange() {
        render();
        changed.run();
    }
}
