package kr.innocluster.portal.base.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import kr.innocluster.portal.base.RuleException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what an uploaded file is from its content, never from its name or the type the browser claims, and refuses
 * what must not be kept:
 * <ul>
 *   <li>PDF ({@code %PDF-}), HWP 5 (an OLE2 compound file with Hancom's {@code FileHeader}), the zip packages HWPX,
 *       DOCX and XLSX (by their {@code mimetype} entry or {@code [Content_Types].xml}), PNG, JPEG and WebP;
 *       anything else (SVG, HTML, executables, a renamed file of another kind) is unknown;</li>
 *   <li>a zip package is read through once, within {@link Limits}: number of entries, total uncompressed size and
 *       its ratio to the file's size (a "zip bomb" is refused before it is ever opened by anyone);</li>
 *   <li>macro-enabled Office files (DOCM, XLSM, PPTM and their templates: a {@code vbaProject.bin} part or a
 *       {@code macroEnabled} content type; old DOC/XLS with a VBA storage) are refused as such.</li>
 * </ul>
 * A refusal is a {@link RuleException} with a message key of the base bundle; an unknown type is an empty result, so
 * the caller names the formats it accepts.
 */
public final class FileInspection {

    /** Message key: the zip package exceeds the limits; arguments: none. */
    public static final String ARCHIVE_TOO_LARGE = "upload.error.archive";
    /** Message key: a macro-enabled Office file; arguments: none. */
    public static final String MACROS = "upload.error.macros";

    /** How much of a zip package is read before it is refused. */
    public record Limits(int maxEntries, long maxUncompressedBytes, int maxRatio) {

        /**
         * Office and Hancom documents have tens to a few hundred parts; an application document of 20 MB rarely
         * unpacks to more than a few times its size (text compresses about 10:1, images not at all).
         */
        public static final Limits DOCUMENTS = new Limits(1_000, 200L * 1024 * 1024, 100);
    }

    /** Below this many uncompressed bytes the ratio is not checked (tiny files compress extremely well). */
    private static final long RATIO_FLOOR = 1024L * 1024;
    private static final int MAX_DESCRIPTOR_BYTES = 1 << 20;
    private static final int HEAD_BYTES = 16;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] HWP_SIGNATURE = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
    /** OLE2 storages of VBA macros in old Word, Excel and PowerPoint files. */
    private static final Set<String> OLE2_MACRO_STORAGES = Set.of("Macros", "_VBA_PROJECT_CUR", "VBA");

    private FileInspection() {
    }

    /** The type of the file, within {@link Limits#DOCUMENTS}; empty when it is none of the known types. */
    public static Optional<DetectedType> inspect(Path file) {
        return inspect(file, Limits.DOCUMENTS);
    }

    /**
     * The type of the file; empty when it is none of the known types.
     *
     * @throws RuleException {@link #ARCHIVE_TOO_LARGE} or {@link #MACROS}
     */
    public static Optional<DetectedType> inspect(Path file, Limits limits) {
        byte[] head = head(file);
        Optional<DetectedType> image = image(head);
        if (image.isPresent()) {
            return image;
        }
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(DetectedType.PDF);
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return compoundFile(file);
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return zipPackage(file, limits);
        }
        return Optional.empty();
    }

    /** PNG, JPEG or WebP from the first bytes (12 are enough); anything else, SVG included, is empty. */
    public static Optional<DetectedType> image(byte[] head) {
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(DetectedType.PNG);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(DetectedType.JPEG);
        }
        // RIFF <4-byte size> WEBP
        if (head.length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 12).equals("WEBP")) {
            return Optional.of(DetectedType.WEBP);
        }
        return Optional.empty();
    }

    /** Whether the first bytes are those of a zip package (HWPX rather than HWP 5, for instance). */
    public static boolean isZip(byte[] head) {
        return startsWith(head, ZIP_MAGIC);
    }

    /**
     * The name a file is downloaded under: the uploader's name (last path segment, no control characters) with its
     * extension replaced by the detected type's, so {@code 사업계획서.hta} holding a PDF downloads as
     * {@code 사업계획서.pdf}, and nothing a browser or the desktop would run keeps its extension.
     */
    public static String downloadName(String uploadedName, DetectedType type, String fallback) {
        String name = uploadedName == null ? "" : uploadedName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : dot == 0 ? "" : name;
        base = base.replaceAll("[.\\s]+$", "");
        if (base.isEmpty()) {
            base = fallback;
        }
        return base + "." + type.extension();
    }

    private static Optional<DetectedType> compoundFile(Path file) {
        try (POIFSFileSystem ole2 = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = ole2.getRoot();
            for (String storage : OLE2_MACRO_STORAGES) {
                if (root.hasEntryCaseInsensitive(storage)) {
                    throw new RuleException(MACROS);
                }
            }
            if (root.hasEntryCaseInsensitive("FileHeader")) {
                try (DocumentInputStream header = root.createDocumentInputStream("FileHeader")) {
                    if (startsWith(header.readNBytes(HWP_SIGNATURE.length), HWP_SIGNATURE)) {
                        return Optional.of(DetectedType.HWP);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleException refusal) {
                throw refusal;
            }
            return Optional.empty(); // not a readable compound file: unknown
        }
    }

    private static Optional<DetectedType> zipPackage(Path file, Limits limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw new RuleException(ARCHIVE_TOO_LARGE);
            }
            long archiveBytes = Math.max(1, Files.size(file));
            long total = 0;
            String mimetype = null;
            String contentTypes = null;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
                    throw new RuleException(MACROS);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                boolean descriptor = name.equals("mimetype") || name.equals("[Content_Types].xml");
                StringBuilder text = descriptor ? new StringBuilder() : null;
                try (InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) >= 0) {
                        total += read;
                        if (total > limits.maxUncompressedBytes()
                                || (total > RATIO_FLOOR && total > archiveBytes * limits.maxRatio())) {
                            throw new RuleException(ARCHIVE_TOO_LARGE);
                        }
                        if (text != null && text.length() < MAX_DESCRIPTOR_BYTES) {
                            text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                        }
                    }
                }
                if (name.equals("mimetype")) {
                    mimetype = text.toString().strip();
                } else if (descriptor) {
                    contentTypes = text.toString();
                }
            }
            if (contentTypes != null && (contentTypes.contains("macroEnabled")
                    || contentTypes.contains("vnd.ms-office.vbaProject"))) {
                throw new RuleException(MACROS);
            }
            if ("application/hwp+zip".equals(mimetype)) {
                return Optional.of(DetectedType.HWPX);
            }
            if (contentTypes != null) {
                if (contentTypes.contains("wordprocessingml.document.main+xml")) {
                    return Optional.of(DetectedType.DOCX);
                }
                if (contentTypes.contains("spreadsheetml.sheet.main+xml")) {
                    return Optional.of(DetectedType.XLSX);
                }
            }
            return Optional.empty();
        } catch (ZipException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable zip: unknown
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
    }
}
