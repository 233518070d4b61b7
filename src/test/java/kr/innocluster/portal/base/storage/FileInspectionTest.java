package kr.innocluster.portal.base.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a file is comes from its bytes; zip packages are read within limits; macro-enabled Office files are refused as
 * such; the download name takes the detected type's extension.
 */
class FileInspectionTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String DOCX_TYPES = "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    @TempDir
    Path dir;

    @Test
    void aPdfNamedHtaIsAPdfAndDownloadsAsPdf() throws IOException {
        Optional<DetectedType> type = FileInspection.inspect(file("사업계획서.hta", PDF));

        assertThat(type).contains(DetectedType.PDF);
        assertThat(FileInspection.downloadName("사업계획서.hta", DetectedType.PDF, "document")).isEqualTo("사업계획서.pdf");
        assertThat(FileInspection.downloadName("C:\\temp\\견적서.final.exe", DetectedType.XLSX, "document"))
                .isEqualTo("견적서.final.xlsx");
        assertThat(FileInspection.downloadName("보고서", DetectedType.HWPX, "document")).isEqualTo("보고서.hwpx");
        assertThat(FileInspection.downloadName(".htaccess", DetectedType.PDF, "document")).isEqualTo("document.pdf");
        assertThat(FileInspection.downloadName("a\"b\r\n.pdf", DetectedType.PDF, "document")).isEqualTo("ab.pdf");
    }

    @Test
    void officeAndHancomFormatsAreToldApartByTheirContent() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("사업계획서");
            document.write(docx);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("예산").createRow(0).createCell(0).setCellValue("재료비");
            workbook.write(xlsx);
        }

        assertThat(FileInspection.inspect(file("plan.pdf", docx.toByteArray()))).contains(DetectedType.DOCX);
        assertThat(FileInspection.inspect(file("plan.docx", xlsx.toByteArray()))).contains(DetectedType.XLSX);
        assertThat(FileInspection.inspect(file("plan.hwpx", zip(Map.of("mimetype", "application/hwp+zip")))))
                .contains(DetectedType.HWPX);
        assertThat(FileInspection.inspect(file("plan.hwp", compoundFile("FileHeader", "HWP Document File"))))
                .contains(DetectedType.HWP);
        // an OLE2 file that is not Hancom's (e.g. an old .doc) is not taken for HWP
        assertThat(FileInspection.inspect(file("plan.hwp", compoundFile("WordDocument", "text")))).isEmpty();
    }

    @Test
    void imagesAreOnlyPngJpegAndWebpNeverSvg() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};
        byte[] webp = "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);

        assertThat(FileInspection.image(png)).contains(DetectedType.PNG);
        assertThat(FileInspection.image(jpeg)).contains(DetectedType.JPEG);
        assertThat(FileInspection.image(webp)).contains(DetectedType.WEBP);
        assertThat(FileInspection.image(svg)).isEmpty();
        assertThat(FileInspection.inspect(file("photo.png", svg))).isEmpty();
        assertThat(FileInspection.inspect(file("photo.svg", png))).contains(DetectedType.PNG);
    }

    @Test
    void macroEnabledOfficeFilesAreRefusedAsSuch() throws IOException {
        Map<String, String> docm = new LinkedHashMap<>();
        docm.put("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.ms-word.document.macroEnabled.main+xml\"/></Types>");
        docm.put("word/document.xml", "<w:document/>");
        Map<String, String> xlsm = Map.of("[Content_Types].xml", "<Types><Override PartName=\"/xl/workbook.xml\" "
                + "ContentType=\"application/vnd.ms-excel.sheet.macroEnabled.main+xml\"/></Types>");
        Map<String, String> pptm = Map.of("[Content_Types].xml", "<Types><Override ContentType=\"application/"
                + "vnd.ms-powerpoint.slideshow.macroEnabled.main+xml\"/></Types>");
        // a DOCX whose content types look harmless but which carries a VBA project
        Map<String, String> disguised = new LinkedHashMap<>();
        disguised.put("[Content_Types].xml", DOCX_TYPES);
        disguised.put("word/vbaProject.bin", "VBA");

        for (Map<String, String> entries : java.util.List.of(docm, xlsm, pptm, disguised)) {
            Path file = file("계획서.docx", zip(entries));
            assertRefused(file, FileInspection.MACROS);
        }
        assertRefused(file("old.doc", compoundFile("Macros", "VBA")), FileInspection.MACROS);
        assertThat(new PortalI18NProvider().getTranslation(FileInspection.MACROS, Locale.KOREAN))
                .startsWith("매크로가 들어 있는 문서");
        assertThat(new PortalI18NProvider().getTranslation(FileInspection.ARCHIVE_TOO_LARGE, Locale.ENGLISH))
                .startsWith("The document unpacks to too much data");
    }

    @Test
    void zipPackagesBeyondTheLimitsAreRefused() throws IOException {
        // 5 MB of zeros in a few KB: a ratio far above 100
        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(DOCX_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(new byte[5 * 1024 * 1024]);
        }
        assertThat(Files.size(bomb)).isLessThan(64 * 1024);
        assertRefused(bomb, FileInspection.ARCHIVE_TOO_LARGE);

        Map<String, String> many = new LinkedHashMap<>();
        many.put("[Content_Types].xml", DOCX_TYPES);
        for (int i = 0; i < FileInspection.Limits.DOCUMENTS.maxEntries(); i++) {
            many.put("word/media/p" + i + ".xml", "<p/>");
        }
        assertRefused(file("many.docx", zip(many)), FileInspection.ARCHIVE_TOO_LARGE);

        // the total uncompressed size, whatever the ratio
        FileInspection.Limits small = new FileInspection.Limits(10, 1024, 1_000_000);
        Path plain = file("plain.docx", zip(Map.of("[Content_Types].xml", DOCX_TYPES, "word/document.xml",
                "x".repeat(2000))));
        assertThat(FileInspection.inspect(plain)).contains(DetectedType.DOCX);
        assertThatThrownBy(() -> FileInspection.inspect(plain, small)).isInstanceOfSatisfying(RuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(FileInspection.ARCHIVE_TOO_LARGE));
    }

    @Test
    void anythingElseIsUnknown() throws IOException {
        assertThat(FileInspection.inspect(file("a.exe", "MZ renamed".getBytes(StandardCharsets.US_ASCII)))).isEmpty();
        assertThat(FileInspection.inspect(file("a.zip", zip(Map.of("readme.txt", "plain zip"))))).isEmpty();
        assertThat(FileInspection.inspect(file("a.pdf", new byte[0]))).isEmpty();
        assertThat(FileInspection.inspect(file("a.docx", new byte[] {'P', 'K', 3, 4, 1, 2}))).isEmpty();
        assertThat(FileInspection.inspect(file("a.html", "<html><script>".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    private void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> FileInspection.inspect(file)).as(file.toString())
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private Path file(String name, byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "upload-", "-" + name);
        Files.write(file, content);
        return file;
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An OLE2 compound file with one stream (HWP 5 has {@code FileHeader} starting "HWP Document File"). */
    static byte[] compoundFile(String stream, String content) throws IOException {
        try (POIFSFileSystem ole2 = new POIFSFileSystem()) {
            byte[] data = new byte[256];
            byte[] text = content.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, data, 0, text.length);
            ole2.createDocument(new ByteArrayInputStream(data), stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ole2.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
