package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.LimitedUpload;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.UploadTexts;
import kr.innocluster.portal.pilotproject.AttachedBooking;
import kr.innocluster.portal.pilotproject.FileDownload;
import kr.innocluster.portal.pilotproject.PilotRunService;
import kr.innocluster.portal.pilotproject.ProjectDetails;
import kr.innocluster.portal.pilotproject.RunFileView;
import kr.innocluster.portal.pilotproject.RunView;

/**
 * The runs of a project: the operator's log of each and its data files with their SHA-256; download where the terms
 * allow it, upload (run data handover) for staff and the company.
 */
class RunsPanel extends Div {

    static final int MAX_UPLOAD_MB = 50;

    private final PilotRunService runs;
    private final DisplayZone zone;

    RunsPanel(PilotRunService runs, ProjectDetails p, DisplayZone zone, Runnable refresh) {
        this.runs = runs;
        this.zone = zone;
        addClassNames("card", "pp-card");
        setId("pp-runs-card");
        add(new H3(getTranslation("pp.runs.title", p.runs().size(), p.plannedRuns())));
        List<AttachedBooking> open = p.bookings().stream().filter(b -> !b.runLogged()).toList();
        if (p.staff() && p.status().open()) {
            Button log = new Button(getTranslation("pp.runs.log"), VaadinIcon.CLIPBOARD_TEXT.create(),
                    e -> new RunLogDialog(runs, p.id(), open, zone.zoneId(), refresh).open());
            log.setId("pp-log-run");
            log.setEnabled(!open.isEmpty());
            add(log);
        }
        if (p.runs().isEmpty()) {
            add(new Paragraph(getTranslation("pp.runs.empty")));
        }
        p.runs().forEach(run -> add(run(run, p, refresh)));
    }

    private Component run(RunView run, ProjectDetails p, Runnable refresh) {
        Div box = new Div();
        box.addClassName("pp-run");
        box.getElement().setAttribute("data-run", Long.toString(run.id()));
        box.add(new H4(run.resourceName() + " · " + zone.formatDateTime(run.startedAt()) + " ~ "
                + zone.formatDateTime(run.endedAt())));
        box.add(ProjectUi.fact(this, "pp.runs.conditions", run.lineConditions()),
                ProjectUi.fact(this, "pp.runs.deviations", run.deviations() == null
                        ? getTranslation("pp.runs.noDeviations") : run.deviations()),
                ProjectUi.fact(this, "pp.runs.loggedBy", run.loggedByName() + " (" + zone.formatDateTime(
                        run.loggedAt()) + ")"));
        Div files = new Div();
        files.addClassName("pp-files");
        if (run.files().isEmpty()) {
            files.add(new Span(getTranslation("pp.files.empty")));
        }
        run.files().forEach(f -> files.add(file(f)));
        box.add(files);
        if (p.staff() || p.mine()) {
            Upload upload = new Upload(LimitedUpload.ofMegabytes(MAX_UPLOAD_MB, uploaded -> {
                if (Notices.attempt(() -> runs.upload(run.id(), uploaded))) {
                    Notices.success("pp.files.uploaded");
                    refresh.run();
                }
            }));
            UploadTexts.localize(upload);
            upload.setAcceptedFileTypes(".csv", ".json", ".parquet", ".zip");
            upload.addClassName("pp-upload");
            Span hint = new Span(getTranslation("pp.files.hint", MAX_UPLOAD_MB));
            hint.addClassName("pp-upload-hint");
            box.add(upload, hint);
        }
        return box;
    }

    private Component file(RunFileView f) {
        Div line = new Div();
        line.addClassName("pp-file");
        line.getElement().setAttribute("data-file", Long.toString(f.id()));
        Span name = new Span(f.fileName() + " (" + f.format().name() + ", " + size(f.size()) + ")");
        name.addClassName("pp-file-name");
        Span sha = new Span("SHA-256 " + f.sha256());
        sha.addClassName("pp-sha");
        line.add(name);
        if (f.downloadable()) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                FileDownload d = runs.download(f.id());
                return new DownloadResponse(d.content(), d.fileName(), d.contentType(), d.size());
            }), getTranslation("pp.files.download"));
            download.addClassName("pp-file-download");
            line.add(download);
        } else {
            Span refused = new Span(getTranslation("pp.files.notAllowed"));
            refused.addClassName("pp-file-refused");
            line.add(refused);
        }
        line.add(sha, new Span(getTranslation("pp.files.by", f.uploadedByName(), zone.formatDateTime(
                f.uploadedAt()))));
        return line;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
