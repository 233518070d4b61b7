package kr.innocluster.portal.pilotproject;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

/**
 * The 실증확인서 as an A4 PDF in Korean (NanumGothic embedded as a subset, so text extraction works): company, project,
 * solution, resources, period, a table of KPIs (target, measured, method, met), the verifier, and a QR code with the
 * code of the public verification page.
 */
@Component
class PilotCertificatePdf {

    private static final Locale KO = Locale.KOREAN;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT = 70;

    private final I18NProvider i18n;
    private final byte[] regularFont;
    private final byte[] boldFont;

    PilotCertificatePdf(I18NProvider i18n) {
        this.i18n = i18n;
        this.regularFont = read("/fonts/NanumGothic-Regular.ttf");
        this.boldFont = read("/fonts/NanumGothic-Bold.ttf");
    }

    record Data(String companyName, String title, String solution, String resources, String period,
                List<KpiView> kpis, String verifierName, String verifierRole, String verifiedOn, String code,
                String verifyUrl) {
    }

    byte[] render(Data data) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font regular = PDType0Font.load(document, new ByteArrayInputStream(regularFont));
            PDType0Font bold = PDType0Font.load(document, new ByteArrayInputStream(boldFont));
            PDImageXObject qr = LosslessFactory.createFromImage(document, QrImages.of(data.verifyUrl(), 240));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                frame(content);
                write(content, regular, 10, 60, HEIGHT - 70, text("pp.certificate.number", data.code()));
                centred(content, bold, 32, HEIGHT - 140, text("pp.certificate.title"));
                centred(content, regular, 13, HEIGHT - 164, i18n.getTranslation("pp.certificate.title",
                        Locale.ENGLISH));
                float y = HEIGHT - 220;
                y = field(content, regular, bold, y, "pp.certificate.company", data.companyName());
                y = field(content, regular, bold, y, "pp.certificate.project", data.title());
                y = field(content, regular, bold, y, "pp.certificate.solution", data.solution());
                y = field(content, regular, bold, y, "pp.certificate.resources", data.resources());
                y = field(content, regular, bold, y, "pp.certificate.period", data.period());
                y = kpiTable(content, regular, bold, y - 6, data.kpis());
                for (String line : wrap(text("pp.certificate.statement"), regular, 13, WIDTH - 2 * LEFT)) {
                    y -= 20;
                    centred(content, regular, 13, y, line);
                }
                centred(content, regular, 12, 236, data.verifiedOn());
                centred(content, regular, 12, 216, text("pp.certificate.verifier",
                        data.verifierName(), text("pp.role." + data.verifierRole())));
                centred(content, bold, 18, 186, text("pp.certificate.issuer"));
                content.drawImage(qr, 60, 60, 84, 84);
                write(content, regular, 9, 156, 124, text("pp.certificate.verifyHint"));
                write(content, regular, 9, 156, 108, data.verifyUrl());
                write(content, regular, 9, 156, 92, text("pp.certificate.number", data.code()));
            }
            document.getDocumentInformation().setTitle(text("pp.certificate.title") + " - " + data.title());
            document.getDocumentInformation().setCreator("InnoCluster Portal");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float kpiTable(PDPageContentStream content, PDType0Font regular, PDType0Font bold, float y,
                           List<KpiView> kpis) throws IOException {
        float[] columns = {LEFT, LEFT + 150, LEFT + 230, LEFT + 310, LEFT + 420};
        String[] heads = {text("pp.kpi.name"), text("pp.kpi.target"), text("pp.kpi.measured"), text("pp.kpi.method"),
                text("pp.kpi.met")};
        line(content, LEFT, y + 14, WIDTH - LEFT);
        for (int i = 0; i < heads.length; i++) {
            write(content, bold, 10, columns[i], y, heads[i]);
        }
        y -= 8;
        line(content, LEFT, y, WIDTH - LEFT);
        for (KpiView kpi : kpis) {
            y -= 16;
            List<String> names = wrap(kpi.name(), regular, 10, 145);
            List<String> methods = wrap(kpi.method() == null ? "-" : kpi.method(), regular, 10, 105);
            write(content, regular, 10, columns[1], y, kpi.comparator().symbol() + " " + number(kpi.target())
                    + " " + kpi.unit());
            write(content, regular, 10, columns[2], y, kpi.measured() == null ? "-"
                    : number(kpi.measured()) + " " + kpi.unit());
            write(content, bold, 10, columns[4], y, kpi.met() == null ? "-"
                    : text(Boolean.TRUE.equals(kpi.met()) ? "pp.kpi.metYes" : "pp.kpi.metNo"));
            int rows = Math.max(names.size(), methods.size());
            for (int i = 0; i < rows; i++) {
                if (i < names.size()) {
                    write(content, regular, 10, columns[0], y - i * 13, names.get(i));
                }
                if (i < methods.size()) {
                    write(content, regular, 10, columns[3], y - i * 13, methods.get(i));
                }
            }
            y -= (rows - 1) * 13 + 6;
            line(content, LEFT, y, WIDTH - LEFT);
        }
        return y - 10;
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private float field(PDPageContentStream content, PDType0Font regular, PDType0Font bold, float y, String labelKey,
                        String value) throws IOException {
        write(content, bold, 12, LEFT, y, text(labelKey));
        for (String line : wrap(value == null || value.isBlank() ? "-" : value, regular, 12, WIDTH - LEFT - 170)) {
            write(content, regular, 12, LEFT + 100, y, line);
            y -= 18;
        }
        return y - 6;
    }

    private static void line(PDPageContentStream content, float x1, float y, float x2) throws IOException {
        content.setStrokingColor(0.7f, 0.7f, 0.7f);
        content.setLineWidth(0.5f);
        content.moveTo(x1, y);
        content.lineTo(x2, y);
        content.stroke();
    }

    private static void frame(PDPageContentStream content) throws IOException {
        content.setStrokingColor(0.12f, 0.45f, 0.35f);
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
        content.showText(text.replaceAll("\\p{Cntrl}", " "));
        content.endText();
    }

    /** Breaks text into lines that fit, at spaces where possible (Korean words may also break between syllables). */
    static List<String> wrap(String text, PDType0Font font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.replaceAll("\\s+", " ").split(" ")) {
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
        try (InputStream in = PilotCertificatePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
