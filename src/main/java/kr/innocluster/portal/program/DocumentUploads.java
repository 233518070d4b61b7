package kr.innocluster.portal.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kr.innocluster.portal.base.RuleException;
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
        FileType type;
        try (InputStream content = file.open()) {
            type = DocumentTypes.detect(content).orElseThrow(() -> new RuleException("program.error.fileTypeUnknown"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    StoredDocument open(ApplicationDocument document) {
        String key = document.getStorageKey();
        return new StoredDocument(document.getFileName(), contentType(FileType.valueOf(document.getFileType())),
                document.getSizeBytes(), () -> storage.open(key));
    }

    static String contentType(FileType type) {
        return switch (type) {
            case PDF -> "application/pdf";
            case HWP -> "application/x-hwp";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        };
    }

    private static long maxBytes(Program program) {
        return program.getMaxFileMb() * 1024L * 1024L;
    }
}
