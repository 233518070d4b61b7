package kr.innocluster.portal.program;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** File types come from the bytes: a renamed file does not pass as something else. */
class DocumentTypesTest {

    @Test
    void pdfIsRecognisedByItsHeader() {
        assertThat(DocumentTypes.detect(ProgramFixtures.PDF)).contains(FileType.PDF);
    }

    @Test
    void hwp5IsAnOle2CompoundFileAndHwpxAZipWithItsMimetype() throws IOException {
        ByteArrayOutputStream ole2 = new ByteArrayOutputStream();
        try (POIFSFileSystem hwp = new POIFSFileSystem()) {
            byte[] header = new byte[256];
            byte[] signature = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(signature, 0, header, 0, signature.length);
            hwp.createDocument(new ByteArrayInputStream(header), "FileHeader");
            hwp.writeFilesystem(ole2);
        }
        assertThat(DocumentTypes.detect(ole2.toByteArray())).contains(FileType.HWP);
        byte[] bareOle2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(DocumentTypes.detect(bareOle2)).isEmpty();
        assertThat(DocumentTypes.detect(zip(Map.of("mimetype", "application/hwp+zip")))).contains(FileType.HWP);
    }

    @Test
    void docxAndXlsxAreToldApartByTheirContentTypes() throws IOException {
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

        assertThat(DocumentTypes.detect(docx.toByteArray())).contains(FileType.DOCX);
        assertThat(DocumentTypes.detect(xlsx.toByteArray())).contains(FileType.XLSX);
    }

    @Test
    void anythingElseIsUnknownWhateverItsName() throws IOException {
        assertThat(DocumentTypes.detect("MZ this is a renamed .exe".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DocumentTypes.detect(zip(Map.of("readme.txt", "plain zip")))).isEmpty();
        assertThat(DocumentTypes.detect(new byte[0])).isEmpty();
        assertThat(DocumentTypes.detect(new byte[] {'P', 'K', 3, 4, 1, 2})).isEmpty();
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
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
}
