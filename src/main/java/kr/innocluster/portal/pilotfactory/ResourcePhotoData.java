package kr.innocluster.portal.pilotfactory;

import java.util.Arrays;
import kr.innocluster.portal.base.storage.FileInspection;

/**
 * The photo of a resource, with the type it is served with: detected again from the content (PNG, JPEG or WebP), so
 * even a photo stored before the check, or one whose recorded type is wrong, is never served as anything a browser
 * would run (SVG, HTML); content of no image type is served as {@code application/octet-stream}.
 */
public record ResourcePhotoData(String contentType, byte[] content) {

    static final String UNKNOWN = "application/octet-stream";

    public ResourcePhotoData {
        contentType = content == null ? UNKNOWN
                : FileInspection.image(Arrays.copyOf(content, Math.min(content.length, PhotoFormat.HEAD_BYTES)))
                        .map(type -> type.contentType())
                        .orElse(UNKNOWN);
    }
}
