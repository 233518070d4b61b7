package kr.innocluster.portal.seminar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.i18n.I18NProvider;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

/**
 * The certificate of attendance as an A4 PDF. Korean text needs an embedded font: NanumGothic (SIL OFL, bundled under
 * {@code fonts/}) is embedded as a subset, so every PDF reader shows the same glyphs and text extraction works.
 */
@Component
class CertificatePdf {

    private static final Locale KO = Locale.KOREAN;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();

    private final I18NProvider i18n;
    private final byte[] regularFont;
    private final byte[] boldFont;

    CertificatePdf(I18NProvider i18n) {
        this.i18n = i18n;
        this.regularFont = read("/fonts/NanumGothic-Regular.ttf");
        this.boldFont = read("/fonts/NanumGothic-Bold.ttf");
    }

    record Data(String holderName, String organisation, String seminarTitle, String host, String venue, String when,
                String issuedOn, String code, String verifyUrl) {
    }

    byte[] render(Data data) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font regular = PDType0Font.load(document, new java.io.ByteArrayInputStream(regularFont));
            PDType0Font bold = PDType0Font.load(document, new java.io.ByteArrayInputStream(boldFont));
            PDImageXObject qr = LosslessFactory.createFromImage(document, QrCodes.image(data.verifyUrl(), 240));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                frame(content);
                write(content, regular, 10, 60, HEIGHT - 80, text("seminar.certificate.number", data.code()));
                centred(content, bold, 34, HEIGHT - 170, text("seminar.certificate.title"));
                centred(content, regular, 14, HEIGHT - 196, i18n.getTranslation("seminar.certificate.title",
                        Locale.ENGLISH));
                float y = HEIGHT - 290;
                y = field(content, regular, bold, y, "seminar.certificate.name", data.holderName());
                y = field(content, regular, bold, y, "seminar.certificate.organisation", data.organisation());
                y = field(content, regular, bold, y, "seminar.certificate.seminar", data.seminarTitle());
                y = field(content, regular, bold, y, "seminar.certificate.when", data.when());
                y = field(content, regular, bold, y, "seminar.certificate.venue", data.venue());
                for (String line : wrap(text("seminar.certificate.statement"), regular, 15, WIDTH - 160)) {
                    y -= 26;
                    centred(content, regular, 15, y - 30, line);
                }
                centred(content, regular, 14, 250, data.issuedOn());
                centred(content, bold, 20, 212, data.host());
                content.drawImage(qr, 60, 60, 84, 84);
                write(content, regular, 9, 156, 124, text("seminar.certificate.verifyHint"));
                write(content, regular, 9, 156, 108, data.verifyUrl());
                write(content, regular, 9, 156, 92, text("seminar.certificate.number", data.code()));
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text("seminar.certificate.title") + " - " + data.seminarTitle());
            info.setCreator("InnoCluster Portal");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float field(PDPageContentStream content, PDType0Font regular, PDType0Font bold, float y, String labelKey,
                        String value) throws IOException {
        write(content, bold, 13, 110, y, text(labelKey));
        List<String> lines = wrap(value == null || value.isBlank() ? "-" : value, regular, 13, WIDTH - 280);
        for (String line : lines) {
            write(content, regular, 13, 210, y, line);
            y -= 22;
        }
        return y - 8;
    }

    private static void frame(PDPageContentStream content) throws IOException {
        content.setStrokingColor(0.16f, 0.36f, 0.66f);
        content.setLineWidth(3);
        content.addRect(30, 30, WIDTH - 60, HEIGHT - 60);
        content.stroke();
        content.setLineWidth(0.8f);
        content.addRect(38, 38, WIDTH - 76, HEIGHT - 76);
        content.stroke();
    }

    private static void centred(PDPageContentStream content, PDType0Font font, float size, float y, String text)
            throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        write(content, font, size, (WIDTH - width) / 2, y, text);
    }

    private static void write(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setNonStrokingColor(0.1f, 0.1f, 0.1f);
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** Breaks text into lines that fit, at spaces where possible (Korean words may also break between syllables). */
    static List<String> wrap(String text, PDType0Font font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= maxWidth) {
                line = new StringBuilder(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line = new StringBuilder();
            for (int i = 0; i < word.length(); i++) {
                String longer = line.toString() + word.charAt(i);
                if (font.getStringWidth(longer) / 1000 * size > maxWidth && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder();
                }
                line.append(word.charAt(i));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private String text(String key, Object... params) {
        return i18n.getTranslation(key, KO, params);
    }

    private static byte[] read(String resource) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
