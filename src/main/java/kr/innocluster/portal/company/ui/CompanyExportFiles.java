package kr.innocluster.portal.company.ui;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.storage.ExportCells;
import kr.innocluster.portal.company.CompanyListItem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the officials' filtered company list as Excel (streaming, so 20,000 rows stay small in memory) or as CSV in
 * UTF-8 with a byte-order mark, which Excel needs to read Korean correctly. Every text cell goes through
 * {@link ExportCells#text(String)}: nothing a company typed runs as a formula.
 */
final class CompanyExportFiles {

    static final List<String> COLUMNS = List.of("businessNumber", "name", "ceoName", "region", "ksicCode",
            "sizeClass", "foundedOn", "employees", "annualRevenue", "smartFactoryLevel", "kind", "status",
            "contactName", "contactPhone", "contactEmail", "createdAt");

    private final Function<String, String> translate;
    private final DisplayZone zone;

    CompanyExportFiles(Function<String, String> translate, DisplayZone zone) {
        this.translate = translate;
        this.zone = zone;
    }

    void csv(Consumer<Consumer<CompanyListItem>> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        writer.write(csvLine(COLUMNS.stream().map(c -> translate.apply("company.field." + c)).toList()));
        rows.accept(item -> {
            try {
                writer.write(csvLine(cells(item)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    void xlsx(Consumer<Consumer<CompanyListItem>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(translate.apply("company.export.sheet"));
            write(sheet.createRow(0), COLUMNS.stream().map(c -> translate.apply("company.field." + c)).toList());
            int[] next = {1};
            rows.accept(item -> {
                Row row = sheet.createRow(next[0]++);
                List<String> cells = cells(item);
                for (int i = 0; i < cells.size(); i++) {
                    if (COLUMNS.get(i).equals("employees")) {
                        row.createCell(i).setCellValue(item.employees());
                    } else if (COLUMNS.get(i).equals("annualRevenue")) {
                        row.createCell(i).setCellValue(item.annualRevenue());
                    } else {
                        row.createCell(i).setCellValue(ExportCells.text(cells.get(i)));
                    }
                }
            });
            workbook.write(out);
            workbook.dispose();
        }
    }

    List<String> cells(CompanyListItem c) {
        return List.of(CompanyLabels.number(c.businessNumber()), c.name(), c.ceoName(),
                translate.apply("company.region." + c.region().name()), c.ksicCode(),
                translate.apply("company.size." + c.sizeClass().name()), DisplayZone.DATE.format(c.foundedOn()),
                String.valueOf(c.employees()), String.valueOf(c.annualRevenue()),
                c.smartFactoryLevel() == null ? "" : String.valueOf(c.smartFactoryLevel()),
                CompanyLabels.kind(c.supplier(), c.demand(), translate),
                translate.apply("company.status." + c.status().name()), c.contactName(), c.contactPhone(),
                c.contactEmail(), zone.formatDate(c.createdAt()));
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(ExportCells.text(values.get(i)));
        }
    }

    static String csvLine(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            // a cell that starts like a formula (= + - @ tab CR) must not run as one in Excel
            String value = ExportCells.text(values.get(i));
            if (i > 0) {
                line.append(',');
            }
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.append("\r\n").toString();
    }
}
