package kr.innocluster.portal.base.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;
import kr.innocluster.portal.base.RuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every file the portal keeps (application documents, resource photos, and every later upload), on disk under
 * {@code portal.storage.dir}, outside the web root. The name on disk is a random 32-hex key, never the uploader's
 * file name, so nothing a user sends decides a path. Content is streamed, never held whole in memory, and a size limit
 * is applied while copying. Inside a transaction a stored file is removed again if the transaction rolls back, and a
 * deletion waits for the commit.
 */
@Component
public class FileStorage {

    /** Message key (base bundle) when a file is larger than its limit; argument: the limit in MB. */
    public static final String TOO_LARGE = "upload.error.tooLarge";
    /** Message key (base bundle) for an empty file. */
    public static final String EMPTY = "upload.error.empty";
    /** Message key (base bundle) when the storage cannot be written (folder missing, not writable, disk error). */
    public static final String UNAVAILABLE = "upload.error.storageUnavailable";
    /** Message key (base bundle) when the storage is full (its size limit or the disk). */
    public static final String FULL = "upload.error.storageFull";

    private static final Logger log = LoggerFactory.getLogger(FileStorage.class);

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    /** The most all stored files together may take ({@code portal.storage.max-total-bytes}); 0: only the disk limits. */
    private final long maxTotalBytes;

    FileStorage(@Value("${portal.storage.dir:data/uploads}") Path root,
                @Value("${portal.storage.max-total-bytes:0}") long maxTotalBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.maxTotalBytes = maxTotalBytes;
    }

    /**
     * Streams the content to a new file and returns its key. Refuses an empty file and one above {@code maxBytes}
     * (nothing is kept then). Within a transaction the file goes again if the transaction does not commit. A storage
     * that cannot be written or is full refuses with {@link #UNAVAILABLE} or {@link #FULL} (a clear message, and the
     * caller's transaction rolls back, so no row points at a file that is not there).
     */
    public String store(InputStream content, long maxBytes) {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path target = pathOf(key);
        Path partial = null;
        try {
            long room = roomLeft();
            Files.createDirectories(target.getParent());
            partial = Files.createTempFile(target.getParent(), key, ".part");
            long written;
            try {
                written = copyWithin(content, partial, Math.min(maxBytes, room));
            } catch (RuleException tooLarge) {
                throw room < maxBytes ? new RuleException(FULL) : tooLarge;
            }
            if (written == 0) {
                throw new RuleException(EMPTY);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
        } catch (IOException e) {
            boolean diskFull = e.getMessage() != null && e.getMessage().contains("No space left");
            log.error("Could not store an uploaded file under {}", root, e);
            throw new RuleException(diskFull ? FULL : UNAVAILABLE);
        } finally {
            deleteQuietly(partial);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(key);
                    }
                }
            });
        }
        return key;
    }

    public InputStream open(String key) {
        try {
            return Files.newInputStream(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long size(String key) {
        try {
            return Files.size(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes a new file may still take under {@code portal.storage.max-total-bytes}; refuses when none are left. */
    private long roomLeft() throws IOException {
        if (maxTotalBytes <= 0) {
            return Long.MAX_VALUE;
        }
        long used = 0;
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    try {
                        used += Files.size(file);
                    } catch (java.nio.file.NoSuchFileException removedMeanwhile) {
                        // deleted while counting: takes no room
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        long room = maxTotalBytes - used;
        if (room <= 0) {
            throw new RuleException(FULL);
        }
        return room;
    }

    /** Removes the file now, or after the commit when called inside a transaction. */
    public void delete(String key) {
        Path file = pathOf(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(file);
                }
            });
        } else {
            deleteQuietly(file);
        }
    }

    /**
     * Copies at most {@code maxBytes}; one byte more and the copy stops with {@link #TOO_LARGE}. Also used for the
     * temporary file of an upload.
     */
    static long copyWithin(InputStream in, Path target, long maxBytes) throws IOException {
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                total += read;
                if (total > maxBytes) {
                    throw new RuleException(TOO_LARGE, Math.max(1, maxBytes / (1024 * 1024)));
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    private Path pathOf(String key) {
        if (key == null || !key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover file under a random name harms nobody; the next clean-up takes it
        }
    }
}
