package kr.innocluster.portal.program;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells a document's type from its bytes, never from its name: PDF starts with {@code %PDF-}; HWP 5 is an OLE2
 * compound file; HWPX, DOCX and XLSX are zip packages told apart by their {@code mimetype} entry or
 * {@code [Content_Types].xml}. The content is read as a stream: a large upload is never held in memory.
 */
final class DocumentTypes {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int MAX_ENTRY_BYTES = 1 << 20;

    private DocumentTypes() {
    }

    static Optional<FileType> detect(byte[] content) {
        return detect(new ByteArrayInputStream(content));
    }

    /** Reads as much of the stream as it needs; the caller closes it. */
    static Optional<FileType> detect(InputStream content) {
        try {
            BufferedInputStream in = new BufferedInputStream(content);
            in.mark(OLE2.length);
            byte[] head = in.readNBytes(OLE2.length);
            in.reset();
            if (startsWith(head, PDF)) {
                return Optional.of(FileType.PDF);
            }
            if (startsWith(head, OLE2)) {
                return Optional.of(FileType.HWP);
            }
            if (startsWith(head, ZIP)) {
                return zipPackage(in);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<FileType> zipPackage(InputStream content) {
        try (ZipInputStream zip = new ZipInputStream(content)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("mimetype".equals(entry.getName())) {
                    if (read(zip).strip().equals("application/hwp+zip")) {
                        return Optional.of(FileType.HWP);
                    }
                } else if ("[Content_Types].xml".equals(entry.getName())) {
                    String types = read(zip);
                    if (types.contains("wordprocessingml.document.main+xml")) {
                        return Optional.of(FileType.DOCX);
                    }
                    if (types.contains("spreadsheetml.sheet.main+xml")) {
                        return Optional.of(FileType.XLSX);
                    }
                    return Optional.empty();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String read(ZipInputStream zip) throws IOException {
        return new String(zip.readNBytes(MAX_ENTRY_BYTES), StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
