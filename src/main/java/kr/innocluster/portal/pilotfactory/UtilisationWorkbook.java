package kr.innocluster.portal.pilotfactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** Writes a month's utilisation as .xlsx with Apache POI: summary, weekday × hour hours, every booking. */
@Component
class UtilisationWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PortalI18NProvider i18n;
    private final DisplayZone displayZone;

    UtilisationWorkbook(PortalI18NProvider i18n, DisplayZone displayZone) {
        this.i18n = i18n;
        this.displayZone = displayZone;
    }

    byte[] write(UtilisationReport report, List<BookingSummary> bookings) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            summary(book.createSheet(t("pf.excel.summary")), report, bold, percent);
            heat(book.createSheet(t("pf.excel.heat")), report, bold);
            list(book.createSheet(t("pf.excel.bookings")), bookings, bold);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary(Sheet sheet, UtilisationReport r, CellStyle bold, CellStyle percent) {
        int row = 0;
        text(sheet.createRow(row++), bold, t("pf.excel.resource"), r.resource().name());
        text(sheet.createRow(row++), bold, t("pf.excel.month"), r.month().toString());
        number(sheet.createRow(row++), bold, t("pf.util.available"), r.availableHours(), null);
        number(sheet.createRow(row++), bold, t("pf.util.booked"), r.bookedHours(), null);
        number(sheet.createRow(row++), bold, t("pf.util.rate"), r.utilisation(), percent);
        number(sheet.createRow(row++), bold, t("pf.util.requested"), r.requestedHours(), null);
        number(sheet.createRow(row++), bold, t("pf.util.approvedCount"), r.approvedBookings(), null);
        number(sheet.createRow(row++), bold, t("pf.util.checkedIn"), r.checkedIn(), null);
        number(sheet.createRow(row++), bold, t("pf.util.noShows"), r.noShows(), null);
        number(sheet.createRow(row++), bold, t("pf.util.noShowRate"), r.noShowRate(), percent);
        number(sheet.createRow(row++), bold, t("pf.util.cancelled"), r.cancelled(), null);
        number(sheet.createRow(row++), bold, t("pf.util.rejected"), r.rejected(), null);
        row++;
        Row header = sheet.createRow(row++);
        text(header, bold, t("pf.util.topCompanies"), t("pf.util.hours"));
        header.createCell(2).setCellValue(t("pf.util.bookings"));
        for (UtilisationReport.CompanyUse use : r.topCompanies()) {
            Row line = sheet.createRow(row++);
            line.createCell(0).setCellValue(use.companyName());
            line.createCell(1).setCellValue(use.hours());
            line.createCell(2).setCellValue(use.bookings());
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 32 * 256);
    }

    private void heat(Sheet sheet, UtilisationReport r, CellStyle bold) {
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue(t("pf.excel.weekdayHour"));
        for (int hour = 0; hour < 24; hour++) {
            header.createCell(hour + 1).setCellValue(hour);
            header.getCell(hour + 1).setCellStyle(bold);
        }
        for (int day = 0; day < 7; day++) {
            Row row = sheet.createRow(day + 1);
            row.createCell(0).setCellValue(t("pf.weekday." + (day + 1)));
            row.getCell(0).setCellStyle(bold);
            for (int hour = 0; hour < 24; hour++) {
                row.createCell(hour + 1).setCellValue(r.heat()[day][hour]);
            }
        }
    }

    private void list(Sheet sheet, List<BookingSummary> bookings, CellStyle bold) {
        String[] headers = {t("pf.col.id"), t("pf.col.company"), t("pf.col.requester"), t("pf.col.start"),
                t("pf.col.end"), t("pf.col.status"), t("pf.col.attendance"), t("pf.col.solution"), t("pf.col.purpose"),
                t("pf.col.visitors")};
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
            header.getCell(i).setCellStyle(bold);
        }
        int row = 1;
        for (BookingSummary b : bookings) {
            Row line = sheet.createRow(row++);
            line.createCell(0).setCellValue(b.id());
            line.createCell(1).setCellValue(b.companyName());
            line.createCell(2).setCellValue(b.requesterName());
            line.createCell(3).setCellValue(displayZone.formatDateTime(b.startsAt()));
            line.createCell(4).setCellValue(displayZone.formatDateTime(b.endsAt()));
            line.createCell(5).setCellValue(t("pf.status." + b.status()));
            line.createCell(6).setCellValue(b.attendance() == null ? "" : t("pf.attendance." + b.attendance()));
            line.createCell(7).setCellValue(b.solution());
            line.createCell(8).setCellValue(b.purpose());
            line.createCell(9).setCellValue(b.visitors());
        }
        for (int i = 0; i < headers.length; i++) {
            sheet.setColumnWidth(i, (i >= 7 ? 36 : 18) * 256);
        }
    }

    private static void text(Row row, CellStyle bold, String label, String value) {
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(bold);
        row.createCell(1).setCellValue(value);
    }

    private static void number(Row row, CellStyle bold, String label, double value, CellStyle style) {
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(bold);
        row.createCell(1).setCellValue(value);
        if (style != null) {
            row.getCell(1).setCellStyle(style);
        }
    }

    private String t(String key) {
        return i18n.getTranslation(key, PortalI18NProvider.KOREAN);
    }
}
