package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import kr.innocluster.portal.grant.StoredFile;

/** Download links; the service checks on every download who may read the file. */
final class Downloads {

    private Downloads() {
    }

    static Anchor bytes(String text, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), text);
        anchor.setDownload(true);
        return anchor;
    }

    static Anchor file(String text, Supplier<StoredFile> file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            StoredFile f = file.get();
            return new DownloadResponse(f.content().get(), f.fileName(), f.contentType(), f.size());
        }), text);
        anchor.setDownload(true);
        anchor.addClassName("grant-file-link");
        return anchor;
    }
}
