package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The texts of Vaadin's upload widget ("Upload File...", "Drop file here", its errors) in the user's language, from
 * the base bundle. Every {@code Upload} of the portal calls {@link #localize(Upload)}.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static Upload localize(Upload upload) {
        upload.setI18n(of(upload));
        return upload;
    }

    /** The texts, for an upload that adjusts some (e.g. its own error for a refused format) before setting them. */
    public static UploadI18N of(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(upload.getTranslation("upload.addFile"))
                .setMany(upload.getTranslation("upload.addFiles")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(upload.getTranslation("upload.dropFile"))
                .setMany(upload.getTranslation("upload.dropFiles")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(upload.getTranslation("upload.error.tooMany"))
                .setFileIsTooBig(upload.getTranslation("upload.error.tooLargeShort"))
                .setIncorrectFileType(upload.getTranslation("upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(upload.getTranslation("upload.status.connecting"))
                        .setStalled(upload.getTranslation("upload.status.stalled"))
                        .setProcessing(upload.getTranslation("upload.status.processing"))
                        .setHeld(upload.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining"))
                        .setUnknown(upload.getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(upload.getTranslation("upload.error.server"))
                        .setForbidden(upload.getTranslation("upload.error.forbidden"))
                        .setFileTooLarge(upload.getTranslation("upload.error.tooLargeShort"))));
        return i18n;
    }
}
