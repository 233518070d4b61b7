package kr.innocluster.portal.pilotfactory;

import java.util.Optional;
import kr.innocluster.portal.base.storage.DetectedType;
import kr.innocluster.portal.base.storage.FileInspection;

/**
 * The image formats a resource photo may have, told from the first bytes of the file by the portal's
 * {@link FileInspection}, never from its name or the type the browser claims. No SVG (it can carry script) and nothing
 * else: a photo is served with exactly this type.
 */
enum PhotoFormat {

    PNG(DetectedType.PNG),
    JPEG(DetectedType.JPEG),
    WEBP(DetectedType.WEBP);

    /** Enough bytes to tell the three apart. */
    static final int HEAD_BYTES = 12;

    private final DetectedType type;

    PhotoFormat(DetectedType type) {
        this.type = type;
    }

    String contentType() {
        return type.contentType();
    }

    static Optional<PhotoFormat> detect(byte[] head) {
        return FileInspection.image(head).map(PhotoFormat::of);
    }

    private static PhotoFormat of(DetectedType type) {
        return switch (type) {
            case PNG -> PNG;
            case JPEG -> JPEG;
            case WEBP -> WEBP;
            default -> throw new IllegalArgumentException("Not a photo format: " + type);
        };
    }
}
