package kr.innocluster.portal.pilotfactory;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Optional;
import kr.innocluster.portal.base.storage.FileStorage;
import kr.innocluster.portal.pilotfactory.domain.ResourcePhoto;
import kr.innocluster.portal.pilotfactory.domain.ResourcePhotoRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves resource photos stored in the database before V42 into the file storage, once, when the portal has started:
 * one photo per transaction, each only if no other instance moved it first. Until a photo is moved it is still read
 * from the database, so nothing breaks in between. A stored "photo" that is not a PNG, JPEG or WebP image (the old
 * upload trusted the browser's type) is removed and logged: it would no longer be served. Afterwards the table holds
 * no image bytes, and a later migration can drop the column.
 */
@Component
class LegacyPhotoMove {

    private static final Logger log = LoggerFactory.getLogger(LegacyPhotoMove.class);

    private final ResourcePhotoRepository photos;
    private final FileStorage storage;
    private final TransactionTemplate transaction;
    private final TaskExecutor executor;

    LegacyPhotoMove(ResourcePhotoRepository photos, FileStorage storage, TransactionTemplate transaction,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.photos = photos;
        this.storage = storage;
        this.transaction = transaction;
        this.executor = executor;
    }

    /** In the background: readiness does not wait for it (photos not yet moved are still served from the database). */
    @EventListener(ApplicationReadyEvent.class)
    void moveAfterStart() {
        executor.execute(this::moveLegacyPhotos);
    }

    void moveLegacyPhotos() {
        for (Long resourceId : photos.findResourceIdsStoredInDatabase()) {
            try {
                transaction.executeWithoutResult(status -> move(resourceId));
            } catch (RuntimeException e) {
                // the photo stays in the database and is still shown from there; the next start tries again
                log.warn("Could not move the photo of resource {} into the file storage", resourceId, e);
            }
        }
    }

    private void move(long resourceId) {
        Optional<ResourcePhoto> found = photos.findById(resourceId).filter(p -> p.getStorageKey() == null);
        if (found.isEmpty()) {
            return;
        }
        byte[] content = found.get().getLegacyContent();
        Optional<PhotoFormat> format = PhotoFormat.detect(Arrays.copyOf(content,
                Math.min(content.length, PhotoFormat.HEAD_BYTES)));
        if (format.isEmpty()) {
            log.warn("Removed the photo of resource {}: not a PNG, JPEG or WebP image ({})", resourceId,
                    found.get().getContentType());
            photos.delete(found.get());
            return;
        }
        String key = storage.store(new ByteArrayInputStream(content), Math.max(content.length, 1));
        if (photos.moveToStorage(resourceId, key, format.get().contentType()) == 0) {
            storage.delete(key);
        } else {
            log.info("Moved the photo of resource {} from the database into the file storage", resourceId);
        }
    }
}
