package kr.innocluster.portal.seminar;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** QR codes for tickets (the ticket code, read by a door scanner as typed text) and certificates (the URL). */
final class QrCodes {

    private QrCodes() {
    }

    static BufferedImage image(String text, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code", e);
        }
    }

    /**
     * The PNG of a QR code. A ticket's code never changes and "my seminars" shows every ticket at each visit, so the
     * last {@value #REMEMBERED} images are kept (about 1 KB each): encoding was 5 % of the portal's CPU while 500
     * people opened their tickets (issue 14). Callers get a copy.
     */
    static byte[] png(String text, int size) {
        String key = size + ":" + text;
        byte[] png;
        synchronized (RECENT) {
            png = RECENT.get(key);
        }
        if (png == null) {
            png = encode(text, size);
            synchronized (RECENT) {
                RECENT.put(key, png);
            }
        }
        return png.clone();
    }

    private static final int REMEMBERED = 2000;
    private static final Map<String, byte[]> RECENT = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    private static byte[] encode(String text, int size) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image(text, size), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
