package kr.innocluster.portal.base.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file the user just uploaded, streamed to a temporary file within the server-side size limit. The uploader's name
 * is for display only, never a path. The temporary file is deleted once the handler that received it returns.
 */
public record UploadedFile(String fileName, String contentType, Path content, long size) {

    public InputStream open() {
        try {
            return Files.newInputStream(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first bytes, for detecting the type from the content (magic numbers). */
    public byte[] head(int length) {
        try (InputStream in = open()) {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole content; only for files whose limit is small enough to hold in memory (photos, a few MB). */
    public byte[] readAll() {
        try {
            return Files.readAllBytes(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps only the last path segment of the uploader's name, without control characters, at most 200 chars. */
    public String safeName(String fallback) {
        String name = fileName == null ? fallback : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = fallback;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
