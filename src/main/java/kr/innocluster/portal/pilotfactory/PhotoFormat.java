package kr.innocluster.portal.pilotfactory;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats a resource photo may have, told from the first bytes of the file, never from its name or the
 * type the browser claims. No SVG (it can carry script) and nothing else: a photo is served with exactly this type.
 */
enum PhotoFormat {

    PNG("image/png"),
    JPEG("image/jpeg"),
    WEBP("image/webp");

    /** Enough bytes to tell the three apart. */
    static final int HEAD_BYTES = 12;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String contentType;

    PhotoFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static Optional<PhotoFormat> detect(byte[] head) {
        if (startsWith(head, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        // RIFF <4-byte size> WEBP
        if (head.length >= HEAD_BYTES && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 12).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length
                && Arrays.equals(Arrays.copyOf(head, signature.length), signature);
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
    }
}
