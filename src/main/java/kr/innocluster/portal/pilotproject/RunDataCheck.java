package kr.innocluster.portal.pilotproject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.storage.UploadedFile;

/**
 * Tells a run data file's format from its name and checks that the content fits it: Parquet files begin and end
 * with "PAR1", zips begin with "PK" and hold only CSV, JSON or Parquet entries (no folders climbing out), CSV and JSON
 * are UTF-8 text without NUL bytes, and JSON begins with '{' or '['. A sanity check, not a full parse.
 */
final class RunDataCheck {

    static final int MAX_MEGABYTES = 50;
    static final int MAX_ZIP_ENTRIES = 200;
    private static final int HEAD = 64 * 1024;
    private static final byte[] PARQUET = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private RunDataCheck() {
    }

    static RunFileFormat check(UploadedFile file) {
        String name = file.safeName("data").toLowerCase(Locale.ROOT);
        RunFileFormat format = byName(name);
        if (format == null) {
            throw refused();
        }
        boolean fits = switch (format) {
            case PARQUET -> parquet(file);
            case ZIP -> zip(file);
            case JSON -> text(file.head(HEAD), true);
            case CSV -> text(file.head(HEAD), false);
        };
        if (!fits) {
            throw refused();
        }
        return format;
    }

    static RunFileFormat byName(String name) {
        if (name.endsWith(".csv")) {
            return RunFileFormat.CSV;
        }
        if (name.endsWith(".json")) {
            return RunFileFormat.JSON;
        }
        if (name.endsWith(".parquet")) {
            return RunFileFormat.PARQUET;
        }
        if (name.endsWith(".zip")) {
            return RunFileFormat.ZIP;
        }
        return null;
    }

    private static RuleException refused() {
        return RuleException.onField("file", "pp.error.fileType");
    }

    private static boolean parquet(UploadedFile file) {
        if (file.size() < 12 || !Arrays.equals(file.head(4), PARQUET)) {
            return false;
        }
        try (InputStream in = file.open()) {
            in.skipNBytes(file.size() - 4);
            return Arrays.equals(in.readNBytes(4), PARQUET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean zip(UploadedFile file) {
        byte[] head = file.head(4);
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            return false;
        }
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file.content()))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory()) {
                    continue;
                }
                RunFileFormat inner = byName(name.toLowerCase(Locale.ROOT));
                if (++entries > MAX_ZIP_ENTRIES || name.startsWith("/") || name.contains("../") || inner == null
                        || inner == RunFileFormat.ZIP) {
                    return false;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return entries > 0;
    }

    private static boolean text(byte[] head, boolean json) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, completeUtf8(head))).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        if (!json) {
            return true;
        }
        String start = text.replace("\uFEFF", "").stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    /** The head may end inside a multi-byte character: decode only up to the last complete one. */
    private static int completeUtf8(byte[] head) {
        int end = head.length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (head[end - back - 1] & 0x80) != 0) {
            int lead = head[end - back - 1] & 0xFF;
            int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            if (back + 1 < needed) {
                return end - back - 1;
            }
        }
        return end;
    }
}
