package kr.innocluster.portal.grant;

import java.io.InputStream;
import java.util.function.Supplier;

/** A stored file to hand out: its name, its checked content type and a way to read it. */
public record StoredFile(String fileName, String contentType, long size, Supplier<InputStream> content) {
}
