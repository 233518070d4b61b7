package kr.innocluster.portal.program;

import java.time.Instant;

/**
 * An uploaded document as listed; its bytes are fetched with {@link ApplicationService#openDocument}.
 * {@code requirement} names one of the program's required documents, or is {@link #OTHER} for any further document
 * the company adds (labelled {@code program.documents.other}).
 */
public record DocumentInfo(long id, String requirement, String fileName, FileType fileType, long sizeBytes,
                           Instant uploadedAt) {

    /** The requirement of a document that is none of the required ones. */
    public static final String OTHER = "OTHER";

    public boolean other() {
        return OTHER.equals(requirement);
    }
}
