package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import kr.innocluster.portal.program.ApplicationDetails;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.DocumentInfo;
import kr.innocluster.portal.program.FileType;

/**
 * One row per required document: what is uploaded, a remove button and an upload. The service checks the real type
 * (from the bytes) and the size; the accept list here only helps the browser's file chooser.
 */
class DocumentUploadPanel extends Div {

    DocumentUploadPanel(ApplicationService applications, ApplicationDetails details, boolean editable,
                        Runnable changed) {
        addClassName("document-upload-panel");
        List<String> requirements = new ArrayList<>(details.requiredDocuments());
        requirements.add("기타");
        for (String requirement : requirements) {
            Div row = new Div();
            row.addClassName("document-row");
            Span label = new Span(requirement);
            label.addClassName("document-requirement");
            row.add(label);
            for (DocumentInfo doc : details.documents().stream().filter(d -> d.requirement().equals(requirement)).toList()) {
                row.add(new DocumentLinks(applications, List.of(doc)));
                if (editable) {
                    Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                        if (ProgramUi.attempt(this, () -> applications.removeDocument(details.id(), doc.id()))) {
                            changed.run();
                        }
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("program.documents.remove"));
                    row.add(remove);
                }
            }
            if (editable) {
                row.add(upload(applications, details, requirement, changed));
            }
            add(row);
        }
        add(new Span(getTranslation("program.detail.fileTypes",
                String.join(", ", details.fileTypes().stream().map(Enum::name).toList()), details.maxFileMb())));
    }

    private Upload upload(ApplicationService applications, ApplicationDetails details, String requirement,
                          Runnable changed) {
        // The handler runs in the upload request without the session lock: it only calls the service and keeps
        // the outcome; the UI shows it when the browser reports the upload finished (a normal UI round trip).
        AtomicReference<Runnable> outcome = new AtomicReference<>();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                applications.upload(details.id(), requirement, metadata.fileName(), bytes);
                outcome.set(() -> {
                    ProgramUi.success(this, "program.documents.uploaded", metadata.fileName());
                    changed.run();
                });
            } catch (RuntimeException refused) {
                outcome.set(() -> ProgramUi.attempt(this, () -> {
                    throw refused;
                }));
            }
        }));
        upload.addAllFinishedListener(finished -> {
            Runnable result = outcome.getAndSet(null);
            if (result != null) {
                result.run();
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(details.maxFileMb() * 1024 * 1024);
        upload.setAcceptedFileTypes(details.fileTypes().stream().map(DocumentUploadPanel::extension)
                .toArray(String[]::new));
        upload.addFileRejectedListener(e -> ProgramUi.error(this, getTranslation("program.error.fileTooLarge",
                details.maxFileMb())));
        upload.addClassName("document-upload");
        return upload;
    }

    private static String extension(FileType type) {
        return switch (type) {
            case PDF -> ".pdf";
            case HWP -> ".hwp,.hwpx";
            case DOCX -> ".docx";
            case XLSX -> ".xlsx";
        };
    }
}
