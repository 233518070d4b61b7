package kr.innocluster.portal.pilotfactory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import kr.innocluster.portal.base.ui.LimitedUpload;
import kr.innocluster.portal.base.ui.UploadTexts;
import kr.innocluster.portal.pilotfactory.PilotFactoryService;

/**
 * Upload, show and remove the optional photo of a resource (PNG, JPEG or WebP up to 2 MB). The limit holds on the
 * server; the service tells the image type from the content and refuses anything else.
 */
class ResourcePhotoEditor extends Div {

    private final PilotFactoryService factory;
    private final long resourceId;
    private final Div preview = new Div();

    ResourcePhotoEditor(PilotFactoryService factory, long resourceId) {
        this.factory = factory;
        this.resourceId = resourceId;
        addClassName("pf-photo-editor");
        Upload upload = new Upload(LimitedUpload.ofMegabytes(PilotFactoryService.MAX_PHOTO_MEGABYTES, photo -> {
            factory.setPhoto(resourceId, photo);
            showPreview();
        }));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp");
        upload.setMaxFileSize(PilotFactoryService.MAX_PHOTO_MEGABYTES * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.setId("pf-photo-upload");
        UploadTexts.localize(upload);
        Button remove = new Button(getTranslation("pf.resource.removePhoto"), click -> {
            factory.removePhoto(resourceId);
            showPreview();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setId("pf-photo-remove");
        add(preview, upload, remove);
        showPreview();
    }

    private void showPreview() {
        preview.removeAll();
        preview.add(new ResourcePhoto(factory, resourceId));
    }
}
