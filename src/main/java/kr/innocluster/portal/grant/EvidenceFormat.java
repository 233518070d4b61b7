package kr.innocluster.portal.grant;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.storage.UploadedFile;

/**
 * The file types evidence and report attachments may have (tax invoices and contracts as PDF, photos of receipts as
 * JPEG or PNG), told from the first bytes of the file, never from its name or the type the browser claims.
 */
enum EvidenceFormat {

    PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png");

    static final int MAX_MB = 20;

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String contentType;

    EvidenceFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static EvidenceFormat of(UploadedFile file) {
        return detect(file.head(8)).orElseThrow(() -> new RuleException("grant.error.fileType"));
    }

    static Optional<EvidenceFormat> detect(byte[] head) {
        if (startsWith(head, PDF_SIGNATURE)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(Arrays.copyOf(head, signature.length), signature);
    }
}
