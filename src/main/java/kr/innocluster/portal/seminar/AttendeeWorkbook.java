package kr.innocluster.portal.seminar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.i18n.I18NProvider;
import kr.innocluster.portal.base.DisplayZone;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** The attendee list of a seminar as an Excel file (.xlsx) for officials. */
@Component
class AttendeeWorkbook {

    private static final String[] HEADERS = {"no", "status", "name", "organisation", "email", "phone", "ticket",
        "registeredAt", "checkedInAt", "certificate"};

    private final I18NProvider i18n;
    private final DisplayZone zone;

    AttendeeWorkbook(I18NProvider i18n, DisplayZone zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    byte[] write(String seminarTitle, List<AttendeeRow> rows, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(i18n.getTranslation("seminar.export.sheet", locale));
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            sheet.createRow(0).createCell(0).setCellValue(seminarTitle);
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(i18n.getTranslation("seminar.export." + HEADERS[i], locale));
                header.getCell(i).setCellStyle(headerStyle);
            }
            int index = 3;
            for (AttendeeRow attendee : rows) {
                Row row = sheet.createRow(index);
                row.createCell(0).setCellValue(index - 2);
                row.createCell(1).setCellValue(i18n.getTranslation("seminar.status." + attendee.status().name(), locale));
                row.createCell(2).setCellValue(nullToEmpty(attendee.name()));
                row.createCell(3).setCellValue(nullToEmpty(attendee.organisation()));
                row.createCell(4).setCellValue(nullToEmpty(attendee.email()));
                row.createCell(5).setCellValue(nullToEmpty(attendee.phone()));
                row.createCell(6).setCellValue(attendee.ticketCode());
                row.createCell(7).setCellValue(zone.formatDateTime(attendee.registeredAt()));
                row.createCell(8).setCellValue(zone.formatDateTime(attendee.checkedInAt()));
                row.createCell(9).setCellValue(nullToEmpty(attendee.certificateCode()));
                index++;
            }
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, i == 3 || i == 4 ? 32 * 256 : 18 * 256);
            }
            sheet.createFreezePane(0, 3);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
