package kr.innocluster.portal.grant.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.innocluster.portal.grant.ChangeKind;
import kr.innocluster.portal.grant.ChangeStatus;
import kr.innocluster.portal.grant.ChangeView;
import kr.innocluster.portal.grant.ExpenseStatus;
import kr.innocluster.portal.grant.ExpenseView;
import kr.innocluster.portal.grant.FileView;
import kr.innocluster.portal.grant.OutcomeForm;
import kr.innocluster.portal.grant.OutcomeView;
import kr.innocluster.portal.grant.PaymentMethod;
import kr.innocluster.portal.grant.ReportKind;
import kr.innocluster.portal.grant.ReportStatus;
import kr.innocluster.portal.grant.ReportView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Expenses, attached files, reports, agreement changes and outcome surveys of projects. */
@Repository
public class ActivityStore {

    public static final String EXPENSE = "EXPENSE";
    public static final String REPORT = "REPORT";

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // expenses

    public record ExpenseRow(long id, long projectId, long lineId, long amount, ExpenseStatus status) {
    }

    public long insertExpense(long projectId, long lineId, LocalDate spentOn, String supplierName,
                              String supplierNumber, long supply, long vat, long amount, PaymentMethod method,
                              String description, String by, Instant at) {
        return jdbc.sql("""
                insert into grant_expense (project_id, line_id, spent_on, supplier_name, supplier_number,
                  supply_amount, vat, amount, payment_method, description, status, recorded_by, recorded_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?) returning id""")
                .params(projectId, lineId, spentOn, supplierName, supplierNumber, supply, vat, amount, method.name(),
                        description, ExpenseStatus.SUBMITTED.name(), by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<ExpenseRow> expense(long id) {
        return jdbc.sql("select id, project_id, line_id, amount, status from grant_expense where id = ?").param(id)
                .query((rs, n) -> new ExpenseRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        ExpenseStatus.valueOf(rs.getString(5))))
                .optional();
    }

    /** Changes the state only from the expected one (a second official acting at once changes nothing). */
    public boolean review(long id, ExpenseStatus from, ExpenseStatus to, String reason, String by, Instant at) {
        return jdbc.sql("update grant_expense set status = ?, reason = ?, reviewed_by = ?, reviewed_at = ? "
                        + "where id = ? and status = ?")
                .params(to.name(), reason, by, Timestamp.from(at), id, from.name()).update() == 1;
    }

    public int acceptAllPending(long projectId, String by, Instant at) {
        return jdbc.sql("update grant_expense set status = 'ACCEPTED', reviewed_by = ?, reviewed_at = ? "
                        + "where project_id = ? and status = 'SUBMITTED'")
                .params(by, Timestamp.from(at), projectId).update();
    }

    public List<ExpenseView> expenses(long projectId, int offset, int limit) {
        List<ExpenseView> page = jdbc.sql("""
                select e.*, l.category from grant_expense e join grant_budget_line l on l.id = e.line_id
                where e.project_id = ? order by e.spent_on desc, e.id desc offset ? limit ?""")
                .params(projectId, offset, limit)
                .query((rs, n) -> expense(rs, List.of())).list();
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, List<FileView>> files = files(EXPENSE, page.stream().map(ExpenseView::id).toList());
        return page.stream().map(e -> new ExpenseView(e.id(), e.lineId(), e.category(), e.spentOn(),
                e.supplierName(), e.supplierNumber(), e.supplyAmount(), e.vat(), e.amount(), e.paymentMethod(),
                e.description(), e.status(), e.reason(), e.recordedBy(), files.getOrDefault(e.id(), List.of())))
                .toList();
    }

    public int countExpenses(long projectId) {
        return jdbc.sql("select count(*) from grant_expense where project_id = ?").param(projectId)
                .query(Integer.class).single();
    }

    public long sumCountingExpenses(long lineId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from grant_expense where line_id = ? "
                + "and status <> 'DISALLOWED'").param(lineId).query(Long.class).single();
    }

    private static ExpenseView expense(ResultSet rs, List<FileView> files) throws SQLException {
        return new ExpenseView(rs.getLong("id"), rs.getLong("line_id"), rs.getString("category"),
                rs.getObject("spent_on", LocalDate.class), rs.getString("supplier_name"),
                rs.getString("supplier_number"), rs.getLong("supply_amount"), rs.getLong("vat"), rs.getLong("amount"),
                PaymentMethod.valueOf(rs.getString("payment_method")), rs.getString("description"),
                ExpenseStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("recorded_by"),
                files);
    }

    // files

    public record FileRow(long id, long projectId, String ownerKind, long ownerId, String fileName,
                          String contentType, long size, String storageKey) {
    }

    public long insertFile(long projectId, String ownerKind, long ownerId, String fileName, String contentType,
                           long size, String key, Instant at) {
        return jdbc.sql("insert into grant_file (project_id, owner_kind, owner_id, file_name, content_type, size, "
                        + "storage_key, uploaded_at) values (?,?,?,?,?,?,?,?) returning id")
                .params(projectId, ownerKind, ownerId, fileName, contentType, size, key, Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<FileRow> file(long id) {
        return jdbc.sql("select * from grant_file where id = ?").param(id)
                .query((rs, n) -> new FileRow(rs.getLong("id"), rs.getLong("project_id"), rs.getString("owner_kind"),
                        rs.getLong("owner_id"), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getLong("size"), rs.getString("storage_key")))
                .optional();
    }

    public Map<Long, List<FileView>> files(String ownerKind, List<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from grant_file where owner_kind = :kind and owner_id in (:ids) order by id")
                .param("kind", ownerKind).param("ids", ownerIds)
                .query((rs, n) -> Map.entry(rs.getLong("owner_id"),
                        new FileView(rs.getLong("id"), rs.getString("file_name"), rs.getLong("size"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    // reports

    public void addReport(long projectId, ReportKind kind, LocalDate dueOn) {
        jdbc.sql("insert into grant_report (project_id, kind, due_on, status) values (?,?,?,?)")
                .params(projectId, kind.name(), dueOn, ReportStatus.DUE.name()).update();
    }

    public List<ReportView> reports(long projectId) {
        List<ReportView> reports = jdbc.sql("select * from grant_report where project_id = ? order by due_on")
                .param(projectId).query(ActivityStore::report).list();
        Map<Long, List<FileView>> files = files(REPORT, reports.stream().map(ReportView::id).toList());
        return reports.stream().map(r -> new ReportView(r.id(), r.kind(), r.dueOn(), r.status(), r.achievements(),
                r.submittedAt(), r.submittedBy(), r.comment(), r.reviewedAt(), r.reviewedBy(),
                files.getOrDefault(r.id(), List.of()))).toList();
    }

    public Optional<Long> projectOfReport(long reportId) {
        return jdbc.sql("select project_id from grant_report where id = ?").param(reportId).query(Long.class)
                .optional();
    }

    public boolean submitReport(long reportId, String achievements, String by, Instant at) {
        return jdbc.sql("update grant_report set status = 'SUBMITTED', achievements = ?, submitted_by = ?, "
                        + "submitted_at = ? where id = ? and status in ('DUE', 'RETURNED')")
                .params(achievements, by, Timestamp.from(at), reportId).update() == 1;
    }

    public boolean reviewReport(long reportId, ReportStatus to, String comment, String by, Instant at) {
        return jdbc.sql("update grant_report set status = ?, comment = ?, reviewed_by = ?, reviewed_at = ? "
                        + "where id = ? and status = 'SUBMITTED'")
                .params(to.name(), comment, by, Timestamp.from(at), reportId).update() == 1;
    }

    public void moveFinalReport(long projectId, LocalDate dueOn) {
        jdbc.sql("update grant_report set due_on = ? where project_id = ? and kind = 'FINAL'")
                .params(dueOn, projectId).update();
    }

    /** A report to remind about: its id, project, kind and due date. */
    public record DueReport(long reportId, long projectId, ReportKind kind, LocalDate dueOn) {
    }

    /** Reports still with the company, due within {@code ahead} and not reminded before today's kind of reminder. */
    public List<DueReport> reportsToRemindBefore(LocalDate today, LocalDate until) {
        return jdbc.sql("""
                select r.id, r.project_id, r.kind, r.due_on from grant_report r
                join grant_project p on p.id = r.project_id and p.status = 'ACTIVE'
                where r.status in ('DUE', 'RETURNED') and r.due_on between ? and ? and r.reminded_before is null""")
                .params(today, until)
                .query((rs, n) -> new DueReport(rs.getLong(1), rs.getLong(2), ReportKind.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    public List<DueReport> overdueReports(LocalDate today) {
        return jdbc.sql("""
                select r.id, r.project_id, r.kind, r.due_on from grant_report r
                join grant_project p on p.id = r.project_id and p.status = 'ACTIVE'
                where r.status in ('DUE', 'RETURNED') and r.due_on < ?
                  and (r.reminded_overdue is null or r.reminded_overdue <= ?)""")
                .params(today, today.minusDays(7))
                .query((rs, n) -> new DueReport(rs.getLong(1), rs.getLong(2), ReportKind.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** Claims a reminder (several nodes, or a rerun, never remind twice): before the due date once, overdue weekly. */
    public boolean claimReminder(long reportId, boolean overdue, LocalDate today) {
        if (overdue) {
            return jdbc.sql("update grant_report set reminded_overdue = ? where id = ? and (reminded_overdue is null "
                            + "or reminded_overdue <= ?)")
                    .params(today, reportId, today.minusDays(7)).update() == 1;
        }
        return jdbc.sql("update grant_report set reminded_before = ? where id = ? and reminded_before is null")
                .params(today, reportId).update() == 1;
    }

    private static ReportView report(ResultSet rs, int n) throws SQLException {
        return new ReportView(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")),
                rs.getObject("due_on", LocalDate.class), ReportStatus.valueOf(rs.getString("status")),
                rs.getString("achievements"), ProjectStore.instant(rs, "submitted_at"), rs.getString("submitted_by"),
                rs.getString("comment"), ProjectStore.instant(rs, "reviewed_at"), rs.getString("reviewed_by"),
                List.of());
    }

    // changes

    public long insertChange(long projectId, ChangeKind kind, ChangeStatus status, Long fromLine, Long toLine,
                             long grant, long own, LocalDate newEnd, String reason, String by, Instant at) {
        return jdbc.sql("""
                insert into grant_change (project_id, kind, status, from_line_id, to_line_id, grant_amount,
                  own_amount, new_period_end, reason, requested_by, requested_at)
                values (?,?,?,?,?,?,?,?,?,?,?) returning id""")
                .params(projectId, kind.name(), status.name(), fromLine, toLine, grant, own, newEnd, reason, by,
                        Timestamp.from(at))
                .query(Long.class).single();
    }

    public record ChangeRow(long id, long projectId, ChangeKind kind, ChangeStatus status, Long fromLine,
                            Long toLine, long grant, long own, LocalDate newEnd) {
    }

    public Optional<ChangeRow> change(long id) {
        return jdbc.sql("select * from grant_change where id = ?").param(id)
                .query((rs, n) -> new ChangeRow(rs.getLong("id"), rs.getLong("project_id"),
                        ChangeKind.valueOf(rs.getString("kind")), ChangeStatus.valueOf(rs.getString("status")),
                        ProjectStore.nullableLong(rs, "from_line_id"), ProjectStore.nullableLong(rs, "to_line_id"),
                        rs.getLong("grant_amount"), rs.getLong("own_amount"),
                        rs.getObject("new_period_end", LocalDate.class)))
                .optional();
    }

    public boolean decideChange(long id, ChangeStatus from, ChangeStatus to, String decision, String by,
                                Instant at) {
        return jdbc.sql("update grant_change set status = ?, decision = ?, decided_by = ?, decided_at = ? "
                        + "where id = ? and status = ?")
                .params(to.name(), decision, by, Timestamp.from(at), id, from.name()).update() == 1;
    }

    public List<ChangeView> changes(long projectId) {
        return jdbc.sql("""
                select c.*, f.category as from_category, t.category as to_category from grant_change c
                left join grant_budget_line f on f.id = c.from_line_id
                left join grant_budget_line t on t.id = c.to_line_id
                where c.project_id = ? order by c.requested_at desc""")
                .param(projectId)
                .query((rs, n) -> new ChangeView(rs.getLong("id"), ChangeKind.valueOf(rs.getString("kind")),
                        ChangeStatus.valueOf(rs.getString("status")), rs.getString("from_category"),
                        rs.getString("to_category"), rs.getLong("grant_amount"), rs.getLong("own_amount"),
                        rs.getObject("new_period_end", LocalDate.class), rs.getString("reason"),
                        rs.getString("decision"), rs.getString("requested_by"),
                        rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by")))
                .list();
    }

    // outcomes

    public void addOutcome(long projectId, int yearNo, LocalDate dueOn) {
        jdbc.sql("insert into grant_outcome (project_id, year_no, due_on) values (?,?,?)")
                .params(projectId, yearNo, dueOn).update();
    }

    public List<OutcomeView> outcomes(Long projectId, Long programId) {
        return jdbc.sql("""
                select o.* from grant_outcome o join grant_project p on p.id = o.project_id
                where (cast(? as bigint) is null or o.project_id = ?) and (cast(? as bigint) is null or p.program_id = ?)
                order by o.project_id, o.year_no""")
                .params(projectId, projectId, programId, programId)
                .query(ActivityStore::outcome).list();
    }

    public Optional<OutcomeView> outcome(long id) {
        return jdbc.sql("select * from grant_outcome where id = ?").param(id).query(ActivityStore::outcome)
                .optional();
    }

    public boolean answerOutcome(long id, OutcomeForm f, Instant at) {
        return jdbc.sql("""
                update grant_outcome set sales = ?, exports = ?, employees = ?, new_hires = ?, patents = ?,
                  investment = ?, products = ?, submitted_at = ? where id = ?""")
                .params(f.sales(), f.exports(), f.employees(), f.newHires(), f.patents(), f.investment(),
                        f.products(), Timestamp.from(at), id).update() == 1;
    }

    public int openOutcomes(long projectId) {
        return jdbc.sql("select count(*) from grant_outcome where project_id = ? and submitted_at is null")
                .param(projectId).query(Integer.class).single();
    }

    /** Unanswered surveys due by {@code until}, not reminded in the last week. */
    public List<OutcomeView> outcomesToRemind(LocalDate until, LocalDate today) {
        return jdbc.sql("select * from grant_outcome where submitted_at is null and due_on <= ? "
                        + "and (reminded_on is null or reminded_on <= ?)")
                .params(until, today.minusDays(7)).query(ActivityStore::outcome).list();
    }

    public boolean claimOutcomeReminder(long id, LocalDate today) {
        return jdbc.sql("update grant_outcome set reminded_on = ? where id = ? and submitted_at is null "
                        + "and (reminded_on is null or reminded_on <= ?)")
                .params(today, id, today.minusDays(7)).update() == 1;
    }

    private static OutcomeView outcome(ResultSet rs, int n) throws SQLException {
        return new OutcomeView(rs.getLong("id"), rs.getLong("project_id"), rs.getInt("year_no"),
                rs.getObject("due_on", LocalDate.class),
                new OutcomeForm(ProjectStore.nullableLong(rs, "sales"), ProjectStore.nullableLong(rs, "exports"),
                        integer(rs, "employees"), integer(rs, "new_hires"), integer(rs, "patents"),
                        ProjectStore.nullableLong(rs, "investment"), integer(rs, "products")),
                ProjectStore.instant(rs, "submitted_at"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
