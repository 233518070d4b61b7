package kr.innocluster.portal.company.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import kr.innocluster.portal.company.CompanyListItem;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports open correctly in Excel: CSV in UTF-8 with a BOM, proper quoting, and a real .xlsx with numbers. */
class CompanyExportFilesTest {

    private final PortalI18NProvider i18n = new PortalI18NProvider();
    private final CompanyExportFiles files = new CompanyExportFiles(key -> i18n.getTranslation(key, Locale.KOREAN),
            new DisplayZone(ZoneId.of("Asia/Seoul")));

    private final List<CompanyListItem> rows = List.of(new CompanyListItem(1, "1208147521", "한빛정밀, \"본사\"",
            "최영호", Region.DAEGU, "C29280", SizeClass.SMALL, LocalDate.of(2009, 3, 16), 48, 15_200_000_000L, 3,
            false, true, CompanyStatus.VERIFIED, "최민준", "010-1234-5678", "=cmd@example.kr",
            Instant.parse("2026-01-05T16:00:00Z")));

    @Test
    void csvIsUtf8WithABomAndQuotesWhatNeedsIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        files.csv(each(), out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("사업자등록번호,기업명,대표자,지역 (시·도)");
        assertThat(lines[1]).startsWith("120-81-47521,\"한빛정밀, \"\"본사\"\"\",최영호,대구광역시,C29280,소기업,2009-03-16,48,"
                + "15200000000,3,수요기업,검증 완료,최민준,010-1234-5678,'=cmd@example.kr,2026-01-06");
    }

    @Test
    void xlsxHasAHeaderAndNumericCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        files.xlsx(each(), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("기업 목록");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("기업명");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("한빛정밀, \"본사\"");
            assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(15_200_000_000d);
        }
    }

    @Test
    void everyFormulaPrefixIsEscapedInCsvAndExcel() throws Exception {
        List<String> attacks = List.of("=HYPERLINK(\"http://evil.example\")", "+1+cmd|' /C calc'!A0", "-2+3",
                "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "\uFF1D1+1");
        for (String attack : attacks) {
            String line = CompanyExportFiles.csvLine(List.of("a", attack));
            String cell = line.substring(2, line.length() - 2);
            assertThat(cell.replaceFirst("^\"", "")).as(attack).startsWith("'");
        }

        CompanyListItem hostile = new CompanyListItem(2, "1208147521", "=HYPERLINK(\"http://evil.example\",\"확인\")",
                "+대표", Region.DAEGU, "C29280", SizeClass.SMALL, LocalDate.of(2009, 3, 16), 48, 1L, null,
                false, true, CompanyStatus.VERIFIED, "@담당", "-1234", "\tmail@example.kr",
                Instant.parse("2026-01-05T16:00:00Z"));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        files.csv(sink -> sink.accept(hostile), csv);
        String row = new String(csv.toByteArray(), StandardCharsets.UTF_8).split("\r\n")[1];
        assertThat(row).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"확인\"\")\"", ",'+대표,", ",'@담당,'-1234,",
                ",'\tmail@example.kr,");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        files.xlsx(sink -> sink.accept(hostile), xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            org.apache.poi.ss.usermodel.Row excelRow = workbook.getSheetAt(0).getRow(1);
            for (org.apache.poi.ss.usermodel.Cell cell : excelRow) {
                assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    assertThat(cell.getStringCellValue()).doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t");
                }
            }
            assertThat(excelRow.getCell(1).getStringCellValue()).startsWith("'=HYPERLINK");
        }
    }

    private Consumer<Consumer<CompanyListItem>> each() {
        return rows::forEach;
    }
}
