package kr.innocluster.portal.program;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kr.innocluster.portal.base.storage.DetectedType;
import kr.innocluster.portal.base.storage.FileInspection;

/**
 * Tells a document's type from its bytes, never from its name, through the portal's {@link FileInspection}: PDF; HWP
 * 5 (an OLE2 compound file of Hancom) and HWPX (its zip package), both accepted as {@link FileType#HWP}; DOCX and
 * XLSX. Zip packages beyond the inspection's limits and macro-enabled Office files are refused there.
 */
final class DocumentTypes {

    private DocumentTypes() {
    }

    /** The program's format of a detected type; empty for a type no program accepts (e.g. an image). */
    static Optional<FileType> of(DetectedType type) {
        return switch (type) {
            case PDF -> Optional.of(FileType.PDF);
            case HWP, HWPX -> Optional.of(FileType.HWP);
            case DOCX -> Optional.of(FileType.DOCX);
            case XLSX -> Optional.of(FileType.XLSX);
            case PNG, JPEG, WEBP -> Optional.empty();
        };
    }

    /** The detected type of an uploaded file, empty when it is unknown. */
    static Optional<DetectedType> inspect(Path file) {
        return FileInspection.inspect(file);
    }

    static Optional<FileType> detect(Path file) {
        return inspect(file).flatMap(DocumentTypes::of);
    }

    /** For content already in memory (tests, small files): inspected through a temporary file. */
    static Optional<FileType> detect(byte[] content) {
        Path temp = null;
        try {
            temp = Files.createTempFile("innocluster-inspect-", ".tmp");
            Files.write(temp, content);
            return detect(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the system's temporary folder is cleaned by the OS
                }
            }
        }
    }
}
