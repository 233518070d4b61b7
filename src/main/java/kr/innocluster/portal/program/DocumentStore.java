package kr.innocluster.portal.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded files on disk under {@code portal.storage.dir}, outside the web root: the name on disk is a random key,
 * never the uploader's file name, so nothing a user sends decides a path.
 */
@Component
class DocumentStore {

    private final Path root;

    DocumentStore(@Value("${portal.storage.dir:data/uploads}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    String store(byte[] content) {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path file = pathOf(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    InputStream open(String key) {
        try {
            return Files.newInputStream(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
