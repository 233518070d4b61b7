package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.List;
import kr.innocluster.portal.program.DocumentInfo;
import kr.innocluster.portal.program.ReviewService;
import kr.innocluster.portal.program.StoredDocument;

/**
 * A reviewer's download links: the neutral names the review service gives ("사업계획서 1.pdf"), listed and downloaded
 * under that name; the service checks the assignment on every download.
 */
class ReviewDocumentLinks extends Div {

    ReviewDocumentLinks(ReviewService reviews, long assignmentId, List<DocumentInfo> documents) {
        addClassName("program-document-links");
        if (documents.isEmpty()) {
            add(new Span(getTranslation("program.documents.none")));
        }
        for (DocumentInfo document : documents) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                StoredDocument stored = reviews.openDocument(assignmentId, document.id());
                return new DownloadResponse(stored.content().get(), stored.fileName(), stored.contentType(),
                        stored.size());
            }), document.fileName() + " (" + document.fileType() + ", " + Math.max(1, document.sizeBytes() / 1024)
                    + " KB)");
            link.addClassName("program-review-document");
            Div row = new Div(link);
            row.addClassName("program-document-link");
            add(row);
        }
    }
}
