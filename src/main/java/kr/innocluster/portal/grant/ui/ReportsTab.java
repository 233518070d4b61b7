package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.LimitedUpload;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.ReasonDialog;
import kr.innocluster.portal.base.ui.UploadTexts;
import kr.innocluster.portal.grant.FileView;
import kr.innocluster.portal.grant.KpiView;
import kr.innocluster.portal.grant.ProjectDetails;
import kr.innocluster.portal.grant.ProjectStatus;
import kr.innocluster.portal.grant.ReportForm;
import kr.innocluster.portal.grant.ReportStatus;
import kr.innocluster.portal.grant.ReportView;

/** 중간·최종보고: due dates and states; the company writes and submits, the official accepts or returns. */
class ReportsTab extends VerticalLayout {

    private final GrantServices services;
    private final ProjectDetails d;
    private final DisplayZone zone;
    private final boolean official;
    private final GrantProjectView page;

    ReportsTab(GrantServices services, ProjectDetails d, DisplayZone zone, boolean official, GrantProjectView page) {
        this.services = services;
        this.d = d;
        this.zone = zone;
        this.official = official;
        this.page = page;
        setPadding(false);
        if (d.reports().isEmpty()) {
            add(ContractTab.hint(this, "grant.report.none"));
        }
        for (ReportView r : d.reports()) {
            add(card(r));
        }
    }

    private Component card(ReportView r) {
        String kind = r.kind().name().toLowerCase();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        HorizontalLayout head = new HorizontalLayout(new H3(getTranslation("grant.reportKind." + r.kind())),
                GrantBadges.report(r.status(), r.overdue(today) && d.status() == ProjectStatus.ACTIVE),
                new Span(getTranslation("grant.report.due", r.dueOn())));
        head.setAlignItems(Alignment.BASELINE);
        Div card = new Div(head);
        card.addClassName("grant-card");
        card.setId("grant-report-" + kind);
        if (r.submittedAt() != null) {
            card.add(new Paragraph(getTranslation("grant.report.submittedBy", r.submittedBy(),
                    zone.formatDateTime(r.submittedAt()))));
        }
        if (r.achievements() != null && !(editable(r))) {
            Pre text = new Pre(r.achievements());
            text.addClassName("grant-goals");
            card.add(text);
        }
        if (r.comment() != null) {
            Paragraph comment = new Paragraph(getTranslation("grant.report.comment", r.comment()));
            comment.addClassName(r.status() == ReportStatus.RETURNED ? "grant-reason" : "grant-hint");
            card.add(comment);
        }
        Div files = new Div();
        files.addClassName("grant-evidence");
        for (FileView f : r.files()) {
            files.add(new Div(Downloads.file(f.fileName(), () -> services.expenses().openFile(f.id()))));
        }
        card.add(files);
        if (editable(r)) {
            card.add(form(r, kind));
        }
        if (official && r.status() == ReportStatus.SUBMITTED && d.status() == ProjectStatus.ACTIVE) {
            Button accept = new Button(getTranslation("grant.report.accept"), click -> new ReasonDialog(
                    getTranslation("grant.report.acceptTitle"), getTranslation("grant.report.acceptText"),
                    getTranslation("grant.report.accept"), false, false, comment -> Notices.attempt(() -> {
                        services.reports().accept(r.id(), comment);
                        Notices.success("grant.report.accepted");
                        page.refresh();
                    })).open());
            accept.setId("grant-report-accept-" + kind);
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button back = new Button(getTranslation("grant.report.return"), click -> new ReasonDialog(
                    getTranslation("grant.report.return"), getTranslation("grant.report.returnText"),
                    getTranslation("grant.report.return"), true, true, comment -> Notices.attempt(() -> {
                        services.reports().returnForRevision(r.id(), comment);
                        Notices.success("grant.report.returned");
                        page.refresh();
                    })).open());
            back.setId("grant-report-return-" + kind);
            back.addThemeVariants(ButtonVariant.LUMO_ERROR);
            card.add(new HorizontalLayout(accept, back));
        }
        return card;
    }

    private boolean editable(ReportView r) {
        return !official && r.status().editableByCompany() && d.status() == ProjectStatus.ACTIVE;
    }

    private Component form(ReportView r, String kind) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        TextArea achievements = new TextArea(getTranslation("grant.report.achievements"));
        achievements.setId("grant-report-achievements-" + kind);
        achievements.setWidthFull();
        achievements.setMinHeight("8rem");
        achievements.setMaxLength(4000);
        if (r.achievements() != null) {
            achievements.setValue(r.achievements());
        }
        form.add(achievements);
        List<TextField> kpiFields = new ArrayList<>();
        Div kpis = new Div();
        kpis.addClassName("grant-kpi-fields");
        for (KpiView k : d.kpis()) {
            TextField field = new TextField(k.name() + " (" + getTranslation("grant.contract.kpiTarget") + " "
                    + k.target() + ")");
            field.addClassName("grant-kpi-achieved");
            if (k.achieved() != null) {
                field.setValue(k.achieved());
            }
            kpiFields.add(field);
            kpis.add(field);
        }
        ErrorText kpiError = new ErrorText();
        form.add(kpis, kpiError);
        Upload upload = new Upload(LimitedUpload.ofMegabytes(20, file -> {
            services.reports().attach(r.id(), file);
            Notices.success("grant.report.attached");
        }));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setId("grant-report-upload-" + kind);
        upload.setI18n(UploadTexts.of(upload));
        form.add(new Span(getTranslation("grant.report.attach")), upload);
        FormErrors errors = new FormErrors().bind("achievements", achievements).bind("kpis", kpiError);
        Button submit = new Button(getTranslation("grant.report.submit"), click -> Notices.attempt(() -> {
            services.reports().submit(r.id(), new ReportForm(achievements.getValue(),
                    kpiFields.stream().map(TextField::getValue).toList()));
            Notices.success("grant.report.submitted");
            page.refresh();
        }, errors));
        submit.setId("grant-report-submit-" + kind);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(submit);
        return form;
    }
}
