package kr.innocluster.portal.grant;

import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.i18n.I18NProvider;
import kr.innocluster.portal.grant.domain.DashboardStore;
import kr.innocluster.portal.grant.domain.ProjectStore;
import kr.innocluster.portal.security.Roles;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officials' figures per program and for the whole cluster, outcomes before and after support, and Excel exports. */
@Service
public class GrantDashboardService {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DashboardStore dashboard;
    private final ProjectStore projects;
    private final I18NProvider i18n;
    private final Clock clock;

    GrantDashboardService(DashboardStore dashboard, ProjectStore projects, I18NProvider i18n, Clock clock) {
        this.dashboard = dashboard;
        this.projects = projects;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** One row per program with projects, then the cluster total (program id null). */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<ProgramFigures> figures() {
        List<ProgramFigures> rows = new ArrayList<>(dashboard.perProgram(LocalDate.now(clock)));
        rows.add(new ProgramFigures(null, null, sum(rows, ProgramFigures::projects), sum(rows, ProgramFigures::agreed),
                sum(rows, ProgramFigures::paid), sum(rows, ProgramFigures::spent), sum(rows, ProgramFigures::allowed),
                sum(rows, ProgramFigures::recovered), sum(rows, ProgramFigures::reportsDue),
                sum(rows, ProgramFigures::reportsOverdue)));
        return rows;
    }

    /** Outcomes per follow-up year (0 = before support), for one program or (null) the cluster. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<OutcomeTotals> outcomes(Long programId) {
        return dashboard.outcomes(programId);
    }

    /** The projects of one program or (null) all, for the per-program table. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public List<ProjectSummary> projectsOf(Long programId) {
        return projects.summaries(null, programId, 0, 10_000);
    }

    /** Both tables and the project list as an .xlsx workbook (Korean headers). */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional(readOnly = true)
    public byte[] workbook(Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet figures = book.createSheet(t(locale, "grant.dashboard.figures"));
            header(figures, bold, t(locale, "grant.col.program"), t(locale, "grant.col.projects"),
                    t(locale, "grant.col.agreed"), t(locale, "grant.col.paid"), t(locale, "grant.col.spent"),
                    t(locale, "grant.col.allowed"), t(locale, "grant.col.recovered"),
                    t(locale, "grant.col.reportsDue"), t(locale, "grant.col.reportsOverdue"));
            int r = 1;
            for (ProgramFigures f : figures()) {
                values(figures.createRow(r++), f.programTitle() == null ? t(locale, "grant.dashboard.cluster")
                        : f.programTitle(), f.projects(), f.agreed(), f.paid(), f.spent(), f.allowed(),
                        f.recovered(), f.reportsDue(), f.reportsOverdue());
            }
            Sheet list = book.createSheet(t(locale, "grant.dashboard.projects"));
            header(list, bold, t(locale, "grant.col.program"), t(locale, "grant.col.company"),
                    t(locale, "grant.col.project"), t(locale, "grant.col.status"), t(locale, "grant.col.period"),
                    t(locale, "grant.col.agreed"), t(locale, "grant.col.paid"), t(locale, "grant.col.spent"));
            r = 1;
            for (ProjectSummary p : projectsOf(null)) {
                Row row = list.createRow(r++);
                row.createCell(0).setCellValue(p.programTitle());
                row.createCell(1).setCellValue(p.companyName());
                row.createCell(2).setCellValue(p.projectTitle());
                row.createCell(3).setCellValue(t(locale, "grant.status." + p.status().name()));
                row.createCell(4).setCellValue(p.periodStart() + " ~ " + p.periodEnd());
                row.createCell(5).setCellValue(p.governmentGrant());
                row.createCell(6).setCellValue(p.paid());
                row.createCell(7).setCellValue(p.spent());
            }
            Sheet outcomes = book.createSheet(t(locale, "grant.dashboard.outcomes"));
            header(outcomes, bold, t(locale, "grant.col.year"), t(locale, "grant.col.answers"),
                    t(locale, "grant.outcome.sales"), t(locale, "grant.outcome.exports"),
                    t(locale, "grant.outcome.employees"), t(locale, "grant.outcome.newHires"),
                    t(locale, "grant.outcome.patents"), t(locale, "grant.outcome.investment"),
                    t(locale, "grant.outcome.products"));
            r = 1;
            for (OutcomeTotals o : outcomes(null)) {
                values(outcomes.createRow(r++), t(locale, "grant.outcome.year", o.yearNo()), o.answers(), o.sales(),
                        o.exports(), o.employees(), o.newHires(), o.patents(), o.investment(), o.products());
            }
            for (Sheet sheet : List.of(figures, list, outcomes)) {
                for (int c = 0; c < 9; c++) {
                    sheet.autoSizeColumn(c);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, CellStyle bold, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(bold);
        }
    }

    private static void values(Row row, String label, long... numbers) {
        row.createCell(0).setCellValue(label);
        for (int i = 0; i < numbers.length; i++) {
            row.createCell(i + 1).setCellValue(numbers[i]);
        }
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private static long sum(List<ProgramFigures> rows, java.util.function.ToLongFunction<ProgramFigures> f) {
        return rows.stream().mapToLong(f).sum();
    }
}
