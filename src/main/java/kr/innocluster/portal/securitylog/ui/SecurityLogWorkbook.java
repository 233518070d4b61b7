package kr.innocluster.portal.securitylog.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.securitylog.SecurityLogEntry;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The filtered log as an Excel file, streamed so a hundred thousand rows stay small in memory. */
final class SecurityLogWorkbook {

    private static final List<String> COLUMNS = List.of("time", "accountId", "account", "kind", "target", "recordId",
            "record", "subjects", "address");

    private final Function<String, String> translate;
    private final DisplayZone zone;

    SecurityLogWorkbook(Function<String, String> translate, DisplayZone zone) {
        this.translate = translate;
        this.zone = zone;
    }

    void write(Consumer<Consumer<SecurityLogEntry>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(translate.apply("securitylog.export.sheet"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(translate.apply("securitylog.column." + COLUMNS.get(i)));
            }
            int[] next = {1};
            rows.accept(entry -> {
                Row row = sheet.createRow(next[0]++);
                List<String> cells = cells(entry);
                for (int i = 0; i < cells.size(); i++) {
                    if ("subjects".equals(COLUMNS.get(i)) && entry.subjects() != null) {
                        row.createCell(i).setCellValue(entry.subjects());
                    } else {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            });
            workbook.write(out);
            workbook.dispose();
        }
    }

    private List<String> cells(SecurityLogEntry e) {
        return List.of(zone.formatDateTime(e.occurredAt()), text(e.accountId()), text(e.accountName()),
                translate.apply("securitylog.kind." + e.kind().name()), text(e.target()), text(e.recordId()),
                text(e.recordName()), e.subjects() == null ? "" : String.valueOf(e.subjects()), text(e.remoteAddress()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
