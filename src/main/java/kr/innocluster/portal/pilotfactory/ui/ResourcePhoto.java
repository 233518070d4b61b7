package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import kr.innocluster.portal.pilotfactory.PilotFactoryService;
import kr.innocluster.portal.pilotfactory.ResourcePhotoData;

/** The photo of a resource, or nothing when it has none. */
class ResourcePhoto extends Div {

    ResourcePhoto(PilotFactoryService factory, long resourceId) {
        addClassName("pf-photo");
        factory.photo(resourceId).ifPresent(photo -> add(image(factory, resourceId, photo)));
    }

    private Image image(PilotFactoryService factory, long resourceId, ResourcePhotoData first) {
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            ResourcePhotoData photo = factory.photo(resourceId).orElse(first);
            return new DownloadResponse(new ByteArrayInputStream(photo.content()), "resource-" + resourceId,
                    photo.contentType(), photo.content().length);
        }).inline(), getTranslation("pf.resource.photo"));
        image.setMaxWidth("16rem");
        return image;
    }
}
