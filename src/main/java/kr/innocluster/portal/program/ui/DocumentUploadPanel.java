package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.ArrayList;
import java.util.List;
import kr.innocluster.portal.base.ui.LimitedUpload;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.base.ui.UploadTexts;
import kr.innocluster.portal.program.ApplicationDetails;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.DocumentInfo;
import kr.innocluster.portal.program.FileType;

/**
 * One row per required document, and one for further documents (while editable, or when there are any): what is
 * uploaded, a remove button and an upload.
 * The upload is limited on the server to the program's size; the service checks the real type (from the content)
 * and the size again; the accept list here only helps the browser's file chooser.
 */
class DocumentUploadPanel extends Div {

    DocumentUploadPanel(ApplicationService applications, ApplicationDetails details, boolean editable,
                        Runnable changed) {
        addClassName("program-documents");
        List<String> requirements = new ArrayList<>(details.requiredDocuments());
        if (editable || details.documents().stream().anyMatch(DocumentInfo::other)) {
            requirements.add(DocumentInfo.OTHER);
        }
        for (String requirement : requirements) {
            Div row = new Div();
            row.addClassName("program-document-row");
            Span label = new Span(DocumentLinks.requirementLabel(this, requirement));
            label.addClassName("program-document-requirement");
            row.add(label);
            for (DocumentInfo doc : details.documents().stream().filter(d -> d.requirement().equals(requirement)).toList()) {
                row.add(new DocumentLinks(applications, List.of(doc)));
                if (editable) {
                    Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                        if (Notices.attempt(() -> applications.removeDocument(details.id(), doc.id()))) {
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
        Span formats = new Span(getTranslation("program.detail.fileTypes",
                String.join(", ", details.fileTypes().stream().map(Enum::name).toList()), details.maxFileMb()));
        formats.addClassName("program-document-formats");
        add(formats);
    }

    /** The receiver runs with the UI locked (see {@link LimitedUpload}); a refusal becomes a notice there. */
    private Upload upload(ApplicationService applications, ApplicationDetails details, String requirement,
                          Runnable changed) {
        Upload upload = new Upload(LimitedUpload.ofMegabytes(details.maxFileMb(), file -> {
            applications.upload(details.id(), requirement, file);
            Notices.success("program.documents.uploaded", file.safeName(""));
            changed.run();
        }));
        upload.setMaxFiles(1);
        // the browser refuses a too large file or another format before sending it; the server checks anyway
        upload.setMaxFileSize(details.maxFileMb() * 1024 * 1024);
        upload.setAcceptedFileTypes(details.fileTypes().stream().map(DocumentUploadPanel::extension)
                .toArray(String[]::new));
        String wrongType = getTranslation("program.upload.wrongType");
        upload.setI18n(UploadTexts.of(upload)
                .setError(new UploadI18N.Error().setIncorrectFileType(wrongType)
                        .setFileIsTooBig(getTranslation("program.error.fileTooLarge", details.maxFileMb()))
                        .setTooManyFiles(getTranslation("upload.error.tooMany"))));
        upload.addFileRejectedListener(rejected -> {
            if (wrongType.equals(rejected.getErrorMessage())) {
                Notices.error("program.upload.wrongType");
            } else {
                Notices.error("program.error.fileTooLarge", details.maxFileMb());
            }
        });
        upload.addClassName("program-document-upload");
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
