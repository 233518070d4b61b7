package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import kr.innocluster.portal.pilotfactory.PilotFactoryService;

/**
 * The photo of a resource, or nothing when it has none. The image is read when the browser asks for it, through the
 * service (so its access check applies), and served with the type detected at upload.
 */
class ResourcePhoto extends Div {

    ResourcePhoto(PilotFactoryService factory, long resourceId) {
        this(factory, resourceId, factory.resource(resourceId).hasPhoto());
    }

    /** When the caller already knows whether the resource has a photo (no statement to ask again). */
    ResourcePhoto(PilotFactoryService factory, long resourceId, boolean hasPhoto) {
        addClassName("pf-photo");
        if (hasPhoto) {
            add(new Image(DownloadHandler.fromInputStream(event -> factory.photo(resourceId)
                    .map(photo -> new DownloadResponse(new ByteArrayInputStream(photo.content()),
                            "resource-" + resourceId, photo.contentType(), photo.content().length))
                    .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))).inline(),
                    getTranslation("pf.resource.photo")));
        }
    }
}
