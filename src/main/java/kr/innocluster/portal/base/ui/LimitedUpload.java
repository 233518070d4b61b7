package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.storage.TemporaryUploads;
import kr.innocluster.portal.base.storage.UploadedFile;

/**
 * The upload handler every {@code Upload} of the portal uses: the request and the file are limited on the server
 * (Vaadin's own handlers default to unlimited), the content is streamed to a temporary file, never held in memory,
 * and the receiver runs with the UI locked, so it may call a service and update the view. A file above the limit, or
 * a refusal of the receiver, becomes a notice in the user's language.
 */
public final class LimitedUpload implements UploadHandler {

    /** Room for the multipart headers around the file. */
    private static final long REQUEST_OVERHEAD = 64 * 1024;

    private final long maxBytes;
    private final transient Consumer<UploadedFile> receiver;

    private LimitedUpload(long maxBytes, Consumer<UploadedFile> receiver) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
    }

    public static LimitedUpload of(long maxBytes, Consumer<UploadedFile> receiver) {
        return new LimitedUpload(maxBytes, receiver);
    }

    public static LimitedUpload ofMegabytes(int maxMegabytes, Consumer<UploadedFile> receiver) {
        return of(maxMegabytes * 1024L * 1024L, receiver);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        UI ui = event.getUI();
        try {
            TemporaryUploads.receive(event.getInputStream(), event.getFileName(), event.getContentType(), maxBytes,
                    file -> ui.accessSynchronously(() -> {
                        try {
                            receiver.accept(file);
                        } catch (RuleException refusal) {
                            Notices.refused(refusal);
                        }
                    }));
        } catch (RuleException refusal) {
            event.reject(ui.getTranslation(refusal.messageKey(), refusal.args()));
            ui.access(() -> Notices.refused(refusal));
        }
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + REQUEST_OVERHEAD;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
