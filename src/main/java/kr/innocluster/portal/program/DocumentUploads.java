package kr.innocluster.portal.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.storage.DetectedType;
import kr.innocluster.portal.base.storage.FileInspection;
import kr.innocluster.portal.base.storage.FileStorage;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.program.domain.ApplicationDocument;
import kr.innocluster.portal.program.domain.Program;
import org.springframework.stereotype.Component;

/**
 * The program's upload rules (its size limit and formats, the type read from the content) over the portal's
 * {@link FileStorage}, which keeps the files outside the web root and removes them with a rolled-back transaction.
 */
@Component
class DocumentUploads {

    /** The stored name of a document whose uploader sent no usable file name. */
    static final String FALLBACK_NAME = "document";

    private final FileStorage storage;

    DocumentUploads(FileStorage storage) {
        this.storage = storage;
    }

    FileType check(Program program, UploadedFile file) {
        if (file.size() == 0) {
            throw new RuleException("program.error.emptyFile");
        }
        if (file.size() > maxBytes(program)) {
            throw new RuleException("program.error.fileTooLarge", program.getMaxFileMb());
        }
        // macro-enabled Office files and zip packages beyond the limits are refused by the inspection itself
        FileType type = DocumentTypes.detect(file.content())
                .orElseThrow(() -> new RuleException("program.error.fileTypeUnknown"));
        if (!program.fileTypes().contains(type)) {
            throw new RuleException("program.error.fileTypeNotAllowed", type.name());
        }
        return type;
    }

    /** Stores the file for the surrounding transaction (gone again if it rolls back); returns its storage key. */
    String store(Program program, UploadedFile file) {
        try (InputStream content = file.open()) {
            return storage.store(content, maxBytes(program));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a document's file once the removal commits. */
    void delete(String key) {
        storage.delete(key);
    }

    /**
     * The document as it is downloaded: served with the type detected at upload, under the uploader's name with the
     * extension of that type ({@code 사업계획서.hta} holding a PDF downloads as {@code 사업계획서.pdf}).
     */
    StoredDocument open(ApplicationDocument document) {
        String key = document.getStorageKey();
        DetectedType type = detectedType(FileType.valueOf(document.getFileType()), key);
        return new StoredDocument(FileInspection.downloadName(document.getFileName(), type, FALLBACK_NAME),
                type.contentType(), document.getSizeBytes(), () -> storage.open(key));
    }

    /** The stored format; for HWP the first bytes tell HWP 5 from HWPX (both are accepted as HWP). */
    private DetectedType detectedType(FileType type, String key) {
        return switch (type) {
            case PDF -> DetectedType.PDF;
            case DOCX -> DetectedType.DOCX;
            case XLSX -> DetectedType.XLSX;
            case HWP -> {
                try (InputStream content = storage.open(key)) {
                    yield FileInspection.isZip(content.readNBytes(4)) ? DetectedType.HWPX : DetectedType.HWP;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static long maxBytes(Program program) {
        return program.getMaxFileMb() * 1024L * 1024L;
    }
}
