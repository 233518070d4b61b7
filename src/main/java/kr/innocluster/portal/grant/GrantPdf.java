package kr.innocluster.portal.grant;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.grant.domain.ProjectRow;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The 협약서 (agreement) and the 정산 statement as A4 PDFs in Korean, with the NanumGothic font embedded as a subset
 * (like the seminar certificates), so every reader shows the same text and it can be extracted.
 */
@Component
class GrantPdf {

    private static final Locale KO = Locale.KOREAN;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT = 56;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Seoul"));

    private final I18NProvider i18n;
    private final byte[] regularFont;
    private final byte[] boldFont;

    GrantPdf(I18NProvider i18n) {
        this.i18n = i18n;
        this.regularFont = read("/fonts/NanumGothic-Regular.ttf");
        this.boldFont = read("/fonts/NanumGothic-Bold.ttf");
    }

    byte[] contract(ProjectDetails d) {
        return render(page -> {
            page.title(text("grant.pdf.contract.title"));
            page.field(text("grant.pdf.program"), d.summary().programTitle());
            page.field(text("grant.pdf.company"), d.summary().companyName());
            page.field(text("grant.pdf.project"), d.summary().projectTitle());
            page.field(text("grant.pdf.period"), d.summary().periodStart() + " ~ " + d.summary().periodEnd());
            page.field(text("grant.pdf.grant"), Money.won(d.summary().governmentGrant()));
            page.field(text("grant.pdf.own"), text("grant.pdf.ownSplit", Money.won(d.ownContribution()),
                    Money.won(d.ownCash()), Money.won(d.ownInKind())));
            page.field(text("grant.pdf.total"), Money.won(d.total()));
            page.field(text("grant.pdf.vat"), text(d.deductsInputVat() ? "grant.vat.deducts" : "grant.vat.notDeducts"));
            page.gap();
            page.heading(text("grant.pdf.lines"));
            page.row(true, text("grant.col.category"), text("grant.col.grant"), text("grant.col.own"),
                    text("grant.col.budget"));
            for (BudgetLineView l : d.lines()) {
                page.row(false, l.category(), Money.won(l.grantAmount()), Money.won(l.ownAmount()),
                        Money.won(l.budget()));
            }
            page.gap();
            page.heading(text("grant.pdf.kpis"));
            for (KpiView k : d.kpis()) {
                page.line("- " + k.name() + ": " + k.target());
            }
            page.gap();
            page.heading(text("grant.pdf.confirmations"));
            page.field(text("grant.pdf.companySide"), d.companyConfirmedAt() == null ? text("grant.pdf.notYet")
                    : d.companyConfirmedBy() + " (" + DATE_TIME.format(d.companyConfirmedAt()) + ")");
            page.field(text("grant.pdf.officialSide"), d.officialConfirmedAt() == null ? text("grant.pdf.notYet")
                    : d.officialConfirmedBy() + " (" + DATE_TIME.format(d.officialConfirmedAt()) + ")");
            page.field(text("grant.pdf.version"), String.valueOf(d.version()));
        }, text("grant.pdf.contract.title") + " - " + d.summary().projectTitle());
    }

    byte[] statement(ProjectRow p, Settlement s) {
        return render(page -> {
            page.title(text("grant.pdf.statement.title"));
            page.field(text("grant.pdf.program"), p.programTitle());
            page.field(text("grant.pdf.company"), p.companyName());
            page.field(text("grant.pdf.project"), p.projectTitle());
            page.field(text("grant.pdf.period"), p.periodStart() + " ~ " + p.periodEnd());
            page.gap();
            page.row(true, text("grant.col.category"), text("grant.col.grant"), text("grant.col.allowed"),
                    text("grant.col.grantShare"));
            for (Settlement.Line l : s.lines()) {
                page.row(false, l.category(), Money.won(l.grantAmount()), Money.won(l.allowed()),
                        Money.won(l.grantShare()));
            }
            page.gap();
            page.field(text("grant.settlement.paid"), Money.won(s.paid()));
            page.field(text("grant.settlement.entitled"), Money.won(s.entitled()));
            page.field(text("grant.settlement.unspentShare"), Money.won(s.unspentGovernmentShare()));
            page.field(text("grant.settlement.disallowedShare"), Money.won(s.disallowedGovernmentShare()));
            page.field(text("grant.settlement.interest"), Money.won(s.interest()));
            page.field(text("grant.settlement.recovery"), Money.won(s.recovery()));
            if (s.stillToPay() > 0) {
                page.field(text("grant.settlement.stillToPay"), Money.won(s.stillToPay()));
            }
            page.gap();
            page.wrapped(text("grant.settlement.rule"));
            page.gap();
            page.field(text("grant.pdf.settledBy"), p.settledBy() + " (" + DATE_TIME.format(p.settledAt()) + ")");
        }, text("grant.pdf.statement.title") + " - " + p.projectTitle());
    }

    private interface Body {
        void write(Page page) throws IOException;
    }

    private byte[] render(Body body, String title) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font regular = PDType0Font.load(document, new ByteArrayInputStream(regularFont));
            PDType0Font bold = PDType0Font.load(document, new ByteArrayInputStream(boldFont));
            Page page = new Page(document, regular, bold);
            try {
                body.write(page);
            } finally {
                page.close();
            }
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("InnoCluster Portal");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes top-down, starting a new A4 page when the current one is full. */
    private static final class Page {
        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private PDPageContentStream content;
        private float y;

        Page(PDDocument document, PDType0Font regular, PDType0Font bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = HEIGHT - 70;
        }

        private void room(float needed) throws IOException {
            if (y - needed < 60) {
                newPage();
            }
        }

        void title(String text) throws IOException {
            float width = bold.getStringWidth(text) / 1000 * 22;
            write(bold, 22, (WIDTH - width) / 2, y, text);
            y -= 44;
        }

        void heading(String text) throws IOException {
            room(24);
            write(bold, 13, LEFT, y, text);
            y -= 20;
        }

        void field(String label, String value) throws IOException {
            room(18);
            write(bold, 11, LEFT, y, label);
            write(regular, 11, LEFT + 130, y, value == null ? "-" : value);
            y -= 18;
        }

        void line(String text) throws IOException {
            room(16);
            write(regular, 11, LEFT, y, text);
            y -= 16;
        }

        void wrapped(String text) throws IOException {
            for (String part : text.split("\n")) {
                StringBuilder line = new StringBuilder();
                for (char c : part.toCharArray()) {
                    if (regular.getStringWidth(line.toString() + c) / 1000 * 10 > WIDTH - 2 * LEFT) {
                        room(15);
                        write(regular, 10, LEFT, y, line.toString());
                        y -= 15;
                        line = new StringBuilder();
                    }
                    line.append(c);
                }
                room(15);
                write(regular, 10, LEFT, y, line.toString());
                y -= 15;
            }
        }

        void row(boolean header, String... cells) throws IOException {
            room(18);
            float[] x = {LEFT, LEFT + 150, LEFT + 260, LEFT + 370};
            for (int i = 0; i < cells.length; i++) {
                PDType0Font font = header ? bold : regular;
                if (i == 0) {
                    write(font, 10.5f, x[i], y, cells[i]);
                } else {
                    float w = font.getStringWidth(cells[i]) / 1000 * 10.5f;
                    write(font, 10.5f, x[i] + 100 - w, y, cells[i]);
                }
            }
            content.setLineWidth(header ? 0.8f : 0.3f);
            content.moveTo(LEFT, y - 5);
            content.lineTo(LEFT + 470, y - 5);
            content.stroke();
            y -= 18;
        }

        void gap() {
            y -= 12;
        }

        private void write(PDType0Font font, float size, float x, float atY, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        }

        void close() throws IOException {
            content.close();
        }
    }

    private String text(String key, Object... params) {
        return i18n.getTranslation(key, KO, params);
    }

    private static byte[] read(String resource) {
        try (InputStream in = GrantPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
