package kr.innocluster.portal.program;

import kr.innocluster.portal.program.domain.ApplicationDocument;
import kr.innocluster.portal.program.domain.Program;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Upload rules and the file side of a transaction: a file written for a transaction that rolls back is removed,
 * a removed document's file goes only after the removal commits.
 */
@Component
class DocumentUploads {

    private final DocumentStore store;

    DocumentUploads(DocumentStore store) {
        this.store = store;
    }

    FileType check(Program program, byte[] content) {
        if (content.length == 0) {
            throw new ProgramException("program.error.emptyFile");
        }
        if (content.length > program.getMaxFileMb() * 1024L * 1024L) {
            throw new ProgramException("program.error.fileTooLarge", program.getMaxFileMb());
        }
        FileType type = DocumentTypes.detect(content)
                .orElseThrow(() -> new ProgramException("program.error.fileTypeUnknown"));
        if (!program.fileTypes().contains(type)) {
            throw new ProgramException("program.error.fileTypeNotAllowed", type.name());
        }
        return type;
    }

    String store(byte[] content) {
        String key = store.store(content);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(key);
                }
            }
        });
        return key;
    }

    void deleteAfterCommit(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                store.delete(key);
            }
        });
    }

    StoredDocument open(ApplicationDocument document) {
        String key = document.getStorageKey();
        return new StoredDocument(document.getFileName(), contentType(FileType.valueOf(document.getFileType())),
                document.getSizeBytes(), () -> store.open(key));
    }

    /** Keeps only the last path segment of the uploader's name, without control characters, at most 200 chars. */
    String safeName(String fileName) {
        String name = fileName == null ? "document" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String contentType(FileType type) {
        return switch (type) {
            case PDF -> "application/pdf";
            case HWP -> "application/x-hwp";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        };
    }
}
