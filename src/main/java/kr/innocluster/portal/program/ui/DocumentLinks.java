package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.List;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.DocumentInfo;
import kr.innocluster.portal.program.StoredDocument;

/** Download links for an application's documents; the service checks on every download who may read it. */
class DocumentLinks extends Div {

    DocumentLinks(ApplicationService applications, List<DocumentInfo> documents) {
        addClassName("program-document-links");
        if (documents.isEmpty()) {
            add(new Span(getTranslation("program.documents.none")));
        }
        for (DocumentInfo document : documents) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                StoredDocument stored = applications.openDocument(document.id());
                return new DownloadResponse(stored.content().get(), stored.fileName(), stored.contentType(),
                        stored.size());
            }), requirementLabel(this, document.requirement()) + " · " + document.fileName() + " ("
                    + document.fileType() + ", " + Math.max(1, document.sizeBytes() / 1024) + " KB)");
            Div row = new Div(link);
            row.addClassName("program-document-link");
            add(row);
        }
    }

    /** A required document's name as the official wrote it, or "other documents" in the viewer's language. */
    static String requirementLabel(Component owner, String requirement) {
        return DocumentInfo.OTHER.equals(requirement) ? owner.getTranslation("program.documents.other") : requirement;
    }
}
