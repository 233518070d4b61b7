package kr.innocluster.portal.program;

import java.time.Instant;

/** An uploaded document as listed; its bytes are fetched with {@link ApplicationService#openDocument}. */
public record DocumentInfo(long id, String requirement, String fileName, FileType fileType, long sizeBytes,
                           Instant uploadedAt) {
}
