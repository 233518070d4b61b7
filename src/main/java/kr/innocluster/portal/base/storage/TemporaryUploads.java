package kr.innocluster.portal.base.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Receives an upload stream into a temporary file within a size limit and hands it on as an {@link UploadedFile};
 * the temporary file is deleted afterwards, whatever the handler did.
 */
public final class TemporaryUploads {

    private TemporaryUploads() {
    }

    /**
     * Streams the upload into a temporary file; above {@code maxBytes} the copy stops with
     * {@link FileStorage#TOO_LARGE} (the handler is not called and nothing is kept).
     */
    public static void receive(InputStream stream, String fileName, String contentType, long maxBytes,
                               Consumer<UploadedFile> handler) {
        receive(null, stream, fileName, contentType, maxBytes, handler);
    }

    /** As {@link #receive(InputStream, String, String, long, Consumer)}, in the given folder (null: the system's). */
    static void receive(Path folder, InputStream stream, String fileName, String contentType, long maxBytes,
                        Consumer<UploadedFile> handler) {
        Path temp = null;
        try {
            temp = folder == null ? Files.createTempFile("innocluster-upload-", ".tmp")
                    : Files.createTempFile(folder, "innocluster-upload-", ".tmp");
            long size = FileStorage.copyWithin(stream, temp, maxBytes);
            handler.accept(new UploadedFile(fileName, contentType, temp, size));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the system's temporary folder is cleaned by the OS
                }
            }
        }
    }
}
