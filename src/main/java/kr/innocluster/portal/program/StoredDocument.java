package kr.innocluster.portal.program;

import java.io.InputStream;
import java.util.function.Supplier;

/** A document ready to download, for a caller who may see it. */
public record StoredDocument(String fileName, String contentType, long size, Supplier<InputStream> content) {
}
