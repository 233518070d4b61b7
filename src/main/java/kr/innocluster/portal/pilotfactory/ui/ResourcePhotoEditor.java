package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import kr.innocluster.portal.pilotfactory.BookingRuleException;
import kr.innocluster.portal.pilotfactory.PilotFactoryService;

/** Upload, show and remove the optional photo of a resource (images up to 2 MB). */
class ResourcePhotoEditor extends Div {

    private final PilotFactoryService factory;
    private final long resourceId;
    private final Div preview = new Div();

    ResourcePhotoEditor(PilotFactoryService factory, long resourceId) {
        this.factory = factory;
        this.resourceId = resourceId;
        addClassName("pf-photo-editor");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            try {
                factory.setPhoto(resourceId, meta.contentType(), bytes);
                ui.access(this::showPreview);
            } catch (BookingRuleException e) {
                ui.access(() -> UiMessages.error(e));
            }
        }));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp");
        upload.setMaxFileSize(2 * 1024 * 1024);
        upload.setMaxFiles(1);
        Button remove = new Button(getTranslation("pf.resource.removePhoto"), click -> {
            factory.removePhoto(resourceId);
            showPreview();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(preview, upload, remove);
        showPreview();
    }

    private void showPreview() {
        preview.removeAll();
        preview.add(new ResourcePhoto(factory, resourceId));
    }
}
