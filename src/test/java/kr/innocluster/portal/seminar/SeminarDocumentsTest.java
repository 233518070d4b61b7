package kr.innocluster.portal.seminar;

import kr.innocluster.portal.base.CalendarFile;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The files people take away: the calendar file (RFC 5545) and the certificate PDF with Korean text. */
class SeminarDocumentsTest {

    @Test
    void theCalendarFileIsValidRfc5545WithFoldedKoreanLines() {
        String description = "AI의 원리와 인프라, CAE+AI; 제조 안전\n에이전틱 AI와 LLMOps ".repeat(4);
        byte[] ics = CalendarFile.write("Seminars", new CalendarFile.Event("seminar-7@innocluster.example",
                Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-05-20T04:30:00Z"),
                Instant.parse("2026-05-20T08:30:00Z"), "제조 AX 전략 세미나", "대구 EXCO, 컨벤션홀", description,
                "http://localhost:8080/seminars/7", "CONFIRMED", null));
        String text = new String(ics, StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("\r\r").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        List<String> unfolded = IcsTestParser.unfold(text);
        assertThat(unfolded).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0", "BEGIN:VEVENT",
                "UID:seminar-7@innocluster.example", "DTSTAMP:20260501T000000Z", "DTSTART:20260520T043000Z",
                "DTEND:20260520T083000Z", "SUMMARY:제조 AX 전략 세미나", "LOCATION:대구 EXCO\\, 컨벤션홀", "END:VEVENT");
        assertThat(IcsTestParser.value(text, "DESCRIPTION")).isEqualTo(description);
    }

    @Test
    void theCertificateEmbedsAKoreanFontSoItsTextReadsBack() throws Exception {
        CertificatePdf certificates = new CertificatePdf(new PortalI18NProvider());
        byte[] pdf = certificates.render(new CertificatePdf.Data("윤지우", "한빛정밀 주식회사", "제조 AX 전략 세미나",
                "대구테크노파크 · 대구광역시", "대구 EXCO 컨벤션홀 (대구광역시 북구 엑스코로 10)", "2026-05-20 13:30 ~ 17:30",
                "2026-05-20", "ABCD-EFGH-JKMN", "http://localhost:8080/certificates/verify/ABCD-EFGH-JKMN"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("참석 확인서", "Certificate of Attendance", "윤지우", "한빛정밀 주식회사",
                    "제조 AX 전략 세미나", "ABCD-EFGH-JKMN", "/certificates/verify/ABCD-EFGH-JKMN");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            Path out = Path.of("target/screenshots/certificate-sample.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(page, "png", out.toFile());
            assertThat(page.getWidth()).isGreaterThan(500);
        }
        assertThat(pdf.length).isLessThan(400_000);
    }

    /** A minimal RFC 5545 reader for the tests: unfolds lines and reads property values back. */
    static final class IcsTestParser {

        static List<String> unfold(String ics) {
            return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
        }

        static String value(String ics, String property) {
            return unfold(ics).stream().filter(line -> line.startsWith(property + ":")).findFirst()
                    .map(line -> line.substring(property.length() + 1).replace("\\n", "\n").replace("\\,", ",")
                            .replace("\\;", ";").replace("\\\\", "\\"))
                    .orElseThrow();
        }
    }
}
