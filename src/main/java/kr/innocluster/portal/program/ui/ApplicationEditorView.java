package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.program.AgreementService;
import kr.innocluster.portal.program.ApplicationDetails;
import kr.innocluster.portal.program.ApplicationDraft;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.security.Roles;

/** A company's application: the form, documents, submit / withdraw, its timeline, the result and the agreement. */
@Route("my-applications/:applicationId(\\d+)")
@RolesAllowed(Roles.COMPANY)
class ApplicationEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applications;
    private final AgreementService agreements;
    private final DisplayZone zone;
    private long applicationId;

    ApplicationEditorView(ApplicationService applications, AgreementService agreements, DisplayZone zone) {
        this.applications = applications;
        this.agreements = agreements;
        this.zone = zone;
        addClassName("narrow-page");
        setId("application-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = event.getRouteParameters().getLong("applicationId").orElse(-1L);
        try {
            render(applications.myApplication(applicationId));
        } catch (kr.innocluster.portal.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void reload() {
        render(applications.myApplication(applicationId));
    }

    private void render(ApplicationDetails d) {
        removeAll();
        boolean editable = d.status().editableByCompany();
        add(new H2(d.programTitle()), ProgramBadges.status(this, d.status()),
                new Paragraph(getTranslation("program.editor.deadline", zone.formatDateTime(d.programClosesAt()))));
        if (d.correctionNote() != null) {
            add(ProgramBadges.badge(getTranslation("program.editor.correction", d.correctionNote()), "badge contrast"));
        }
        if (d.decisionReason() != null || d.grantedAmount() != null) {
            add(new Paragraph(getTranslation("program.editor.decision", Money.won(d.grantedAmount()),
                    d.decisionReason() == null ? "" : d.decisionReason())));
        }
        ApplicationForm form = new ApplicationForm(d.maxGrant());
        form.edit(new ApplicationDraft(d.projectTitle(), d.summary(), d.requestedAmount()));
        form.setReadOnly(!editable);
        Div documents = new Div();
        documents.addClassName("program-documents-holder");
        showDocuments(documents, d, editable);
        add(form, new H3(getTranslation("program.editor.documents")), documents);
        add(actions(d, form, editable));
        agreements.agreementOf(d.id()).ifPresent(a -> add(new AgreementPanel(a, zone, () -> {
            if (Notices.attempt(() -> agreements.confirm(d.id()))) {
                Notices.success("program.agreement.confirmedNotice");
                reload();
            }
        })));
        add(new H3(getTranslation("program.editor.timeline")), new TimelineList(d.timeline(), zone));
    }

    /** Uploads refresh only the documents, so what the user typed in the form stays. */
    private void showDocuments(Div holder, ApplicationDetails d, boolean editable) {
        holder.removeAll();
        holder.add(new DocumentUploadPanel(applications, d, editable,
                () -> showDocuments(holder, applications.myApplication(d.id()), editable)));
    }

    private HorizontalLayout actions(ApplicationDetails d, ApplicationForm form, boolean editable) {
        HorizontalLayout actions = new HorizontalLayout();
        if (editable) {
            Button save = new Button(getTranslation("program.editor.save"), VaadinIcon.DISC.create(),
                    click -> save(form, false));
            save.setId("save-draft");
            Button submit = new Button(getTranslation("program.editor.submit"), VaadinIcon.PAPERPLANE.create(),
                    click -> save(form, true));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("submit-application");
            actions.add(save, submit);
        }
        if (d.status().withdrawable()) {
            Button withdraw = new Button(getTranslation("program.editor.withdraw"), VaadinIcon.CLOSE_CIRCLE_O.create(),
                    click -> new ReasonDialog(getTranslation("program.editor.withdraw"),
                            getTranslation("program.editor.withdrawHint"), getTranslation("program.editor.withdraw"),
                            false, true, reason -> Notices.attempt(() -> {
                                applications.withdraw(d.id(), reason);
                                reload();
                            })).open());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.setId("withdraw-application");
            actions.add(withdraw);
        }
        return actions;
    }

    /** Saving and submitting are each one service call: a refused submission keeps nothing of the form. */
    private void save(ApplicationForm form, boolean submit) {
        ApplicationDraft draft = form.validCopy();
        if (draft == null) {
            return;
        }
        if (submit) {
            if (Notices.attempt(() -> applications.submit(applicationId, draft), form.errors())) {
                Notices.success("program.editor.submitted");
                reload();
            }
        } else if (Notices.attempt(() -> applications.saveDraft(applicationId, draft), form.errors())) {
            Notices.success("program.editor.saved");
            reload();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myApplications") + " | " + getTranslation("app.name");
    }
}
