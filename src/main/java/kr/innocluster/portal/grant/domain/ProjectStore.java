package kr.innocluster.portal.grant.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.innocluster.portal.grant.AgreementVersion;
import kr.innocluster.portal.grant.BudgetLineView;
import kr.innocluster.portal.grant.InstalmentCondition;
import kr.innocluster.portal.grant.InstalmentView;
import kr.innocluster.portal.grant.KpiView;
import kr.innocluster.portal.grant.ProgramSettings;
import kr.innocluster.portal.grant.ProjectStatus;
import kr.innocluster.portal.grant.ProjectSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Projects, their budget lines, agreement versions, KPIs, instalments and the programs' settings. */
@Repository
public class ProjectStore {

    private static final String PROJECT = "select * from grant_project ";

    private final JdbcClient jdbc;

    ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertProject(ProjectRow p, Instant now) {
        return jdbc.sql("""
                insert into grant_project (application_id, program_id, company_id, program_title, company_name,
                  project_title, goals, applicant_subject, applicant_name, applicant_email, government_grant, status,
                  period_start, period_end, own_cash, own_in_kind, deducts_input_vat, created_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) returning id""")
                .params(p.applicationId(), p.programId(), p.companyId(), p.programTitle(), p.companyName(),
                        p.projectTitle(), p.goals(), p.applicantSubject(), p.applicantName(), p.applicantEmail(),
                        p.governmentGrant(), p.status().name(), p.periodStart(), p.periodEnd(), p.ownCash(),
                        p.ownInKind(), p.deductsInputVat(), Timestamp.from(now))
                .query(Long.class).single();
    }

    public Optional<ProjectRow> project(long id) {
        return jdbc.sql(PROJECT + "where id = ?").param(id).query(ProjectStore::project).optional();
    }

    /** The row locked for an update that depends on its state (one decision at a time per project). */
    public Optional<ProjectRow> lockProject(long id) {
        return jdbc.sql(PROJECT + "where id = ? for update").param(id).query(ProjectStore::project).optional();
    }

    public boolean existsForApplication(long applicationId) {
        return jdbc.sql("select count(*) from grant_project where application_id = ?").param(applicationId)
                .query(Long.class).single() > 0;
    }

    public List<ProjectRow> projects(Long companyId, int offset, int limit) {
        return jdbc.sql(PROJECT + "where (cast(? as bigint) is null or company_id = ?) order by period_start desc, id desc"
                        + " offset ? limit ?")
                .params(companyId, companyId, offset, limit).query(ProjectStore::project).list();
    }

    public List<ProjectRow> projectsOfProgram(Long programId) {
        return jdbc.sql(PROJECT + "where (cast(? as bigint) is null or program_id = ?) order by id")
                .params(programId, programId).query(ProjectStore::project).list();
    }

    /** Project list rows with what was paid and spent, in one query. */
    public List<ProjectSummary> summaries(Long companyId, Long programId, int offset, int limit) {
        return jdbc.sql("""
                select p.*, coalesce((select sum(i.amount) from grant_instalment i
                    where i.project_id = p.id and i.paid_on is not null), 0) as paid,
                  coalesce((select sum(l.spent) from grant_budget_line l where l.project_id = p.id), 0) as spent
                from grant_project p
                where (cast(? as bigint) is null or p.company_id = ?) and (cast(? as bigint) is null or p.program_id = ?)
                order by p.period_start desc, p.id desc offset ? limit ?""")
                .params(companyId, companyId, programId, programId, offset, limit)
                .query((rs, n) -> new ProjectSummary(rs.getLong("id"), rs.getLong("application_id"),
                        rs.getLong("program_id"), rs.getString("program_title"), rs.getString("company_name"),
                        rs.getString("project_title"), ProjectStatus.valueOf(rs.getString("status")),
                        rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                        rs.getLong("government_grant"), rs.getLong("paid"), rs.getLong("spent")))
                .list();
    }

    public int countProjects(Long companyId) {
        return jdbc.sql("select count(*) from grant_project where cast(? as bigint) is null or company_id = ?")
                .params(companyId, companyId).query(Integer.class).single();
    }

    public void updateTerms(long id, LocalDate start, LocalDate end, long cash, long inKind, boolean deductsVat) {
        jdbc.sql("""
                update grant_project set period_start = ?, period_end = ?, own_cash = ?, own_in_kind = ?,
                  deducts_input_vat = ?, company_confirmed_at = null, company_confirmed_by = null,
                  official_confirmed_at = null, official_confirmed_by = null where id = ?""")
                .params(start, end, cash, inKind, deductsVat, id).update();
    }

    public void confirmByCompany(long id, String by, Instant at) {
        jdbc.sql("update grant_project set company_confirmed_at = ?, company_confirmed_by = ? where id = ?")
                .params(Timestamp.from(at), by, id).update();
    }

    public void confirmByOfficial(long id, String by, Instant at) {
        jdbc.sql("update grant_project set official_confirmed_at = ?, official_confirmed_by = ? where id = ?")
                .params(Timestamp.from(at), by, id).update();
    }

    public void status(long id, ProjectStatus status) {
        jdbc.sql("update grant_project set status = ? where id = ?").params(status.name(), id).update();
    }

    public void periodEnd(long id, LocalDate end) {
        jdbc.sql("update grant_project set period_end = ? where id = ?").params(end, id).update();
    }

    public int nextVersion(long id) {
        return jdbc.sql("update grant_project set version = version + 1 where id = ? returning version").param(id)
                .query(Integer.class).single();
    }

    public void settle(long id, long interest, long recovery, String note, String by, Instant at,
                       ProjectStatus next) {
        jdbc.sql("""
                update grant_project set interest = ?, recovery = ?, settlement_note = ?, settled_by = ?,
                  settled_at = ?, status = ? where id = ?""")
                .params(interest, recovery, note, by, Timestamp.from(at), next.name(), id).update();
    }

    // budget lines

    public void replaceLines(long projectId, List<String> categories, List<Long> grants, List<Long> owns) {
        jdbc.sql("delete from grant_budget_line where project_id = ?").param(projectId).update();
        for (int i = 0; i < categories.size(); i++) {
            jdbc.sql("insert into grant_budget_line (project_id, position, category, grant_amount, own_amount) "
                            + "values (?,?,?,?,?)")
                    .params(projectId, i + 1, categories.get(i), grants.get(i), owns.get(i)).update();
        }
    }

    public List<BudgetLineView> lines(long projectId) {
        return jdbc.sql("""
                select l.*, coalesce((select sum(e.amount) from grant_expense e
                   where e.line_id = l.id and e.status = 'ACCEPTED'), 0) as accepted
                from grant_budget_line l where l.project_id = ? order by l.position""")
                .param(projectId)
                .query((rs, n) -> new BudgetLineView(rs.getLong("id"), rs.getString("category"),
                        rs.getLong("grant_amount"), rs.getLong("own_amount"), rs.getLong("spent"),
                        rs.getLong("accepted"), rs.getLong("disallowed")))
                .list();
    }

    /**
     * Takes the amount from the line's room, in one conditional statement: several people entering expenses at the
     * same moment queue on the row, and each sees the spending of those before it. False when it does not fit.
     */
    public boolean spend(long projectId, long lineId, long amount) {
        return jdbc.sql("""
                update grant_budget_line set spent = spent + ?
                where id = ? and project_id = ? and spent + ? <= grant_amount + own_amount""")
                .params(amount, lineId, projectId, amount).update() == 1;
    }

    /** A disallowed expense frees its amount on the line and is counted as disallowed. */
    public void release(long lineId, long amount) {
        jdbc.sql("update grant_budget_line set spent = spent - ?, disallowed = disallowed + ? where id = ?")
                .params(amount, amount, lineId).update();
    }

    /**
     * Moves money between two lines of a project; the line it leaves may never fall below what is already spent on
     * it (the same condition, in the statement). False when it would.
     */
    public boolean move(long projectId, long fromLine, long toLine, long grant, long own) {
        int taken = jdbc.sql("""
                update grant_budget_line set grant_amount = grant_amount - ?, own_amount = own_amount - ?
                where id = ? and project_id = ? and grant_amount >= ? and own_amount >= ?
                  and grant_amount + own_amount - ? - ? >= spent""")
                .params(grant, own, fromLine, projectId, grant, own, grant, own).update();
        if (taken == 0) {
            return false;
        }
        return jdbc.sql("update grant_budget_line set grant_amount = grant_amount + ?, own_amount = own_amount + ? "
                        + "where id = ? and project_id = ?")
                .params(grant, own, toLine, projectId).update() == 1;
    }

    // versions

    public void saveVersion(long projectId, int version, LocalDate periodEnd, String note, String by, Instant at) {
        String lines = lines(projectId).stream()
                .map(l -> l.category() + " " + l.grantAmount() + "/" + l.ownAmount())
                .collect(Collectors.joining("; "));
        jdbc.sql("insert into grant_agreement_version (project_id, version, period_end, lines, note, created_at, "
                        + "created_by) values (?,?,?,?,?,?,?)")
                .params(projectId, version, periodEnd, lines, note, Timestamp.from(at), by).update();
    }

    public List<AgreementVersion> versions(long projectId) {
        return jdbc.sql("select * from grant_agreement_version where project_id = ? order by version desc")
                .param(projectId)
                .query((rs, n) -> new AgreementVersion(rs.getInt("version"), rs.getObject("period_end",
                        LocalDate.class), rs.getString("lines"), rs.getString("note"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
                .list();
    }

    // KPIs

    public void replaceKpis(long projectId, List<String> names, List<String> targets) {
        jdbc.sql("delete from grant_kpi where project_id = ?").param(projectId).update();
        for (int i = 0; i < names.size(); i++) {
            jdbc.sql("insert into grant_kpi (project_id, position, name, target) values (?,?,?,?)")
                    .params(projectId, i + 1, names.get(i), targets.get(i)).update();
        }
    }

    public List<KpiView> kpis(long projectId) {
        return jdbc.sql("select * from grant_kpi where project_id = ? order by position").param(projectId)
                .query((rs, n) -> new KpiView(rs.getLong("id"), rs.getString("name"), rs.getString("target"),
                        rs.getString("achieved")))
                .list();
    }

    public void achieved(long kpiId, String achieved) {
        jdbc.sql("update grant_kpi set achieved = ? where id = ?").params(achieved, kpiId).update();
    }

    // instalments

    public void addInstalment(long projectId, int seq, LocalDate plannedOn, long amount, InstalmentCondition c) {
        jdbc.sql("insert into grant_instalment (project_id, seq, planned_on, amount, condition) values (?,?,?,?,?)")
                .params(projectId, seq, plannedOn, amount, c.name()).update();
    }

    public List<InstalmentView> instalments(long projectId) {
        return jdbc.sql("select * from grant_instalment where project_id = ? order by seq").param(projectId)
                .query(ProjectStore::instalment).list();
    }

    public Optional<Long> projectOfInstalment(long instalmentId) {
        return jdbc.sql("select project_id from grant_instalment where id = ?").param(instalmentId)
                .query(Long.class).optional();
    }

    /** Records the payment once: a second recording of the same instalment changes nothing and returns false. */
    public boolean pay(long instalmentId, LocalDate paidOn, String by) {
        return jdbc.sql("update grant_instalment set paid_on = ?, paid_by = ? where id = ? and paid_on is null")
                .params(paidOn, by, instalmentId).update() == 1;
    }

    public long paid(long projectId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from grant_instalment where project_id = ? "
                + "and paid_on is not null").param(projectId).query(Long.class).single();
    }

    // settings

    public Optional<ProgramSettings> settings(long programId) {
        return jdbc.sql("select * from grant_program_settings where program_id = ?").param(programId)
                .query((rs, n) -> new ProgramSettings(programId, split(rs.getString("categories")),
                        rs.getInt("min_own_percent"), rs.getInt("min_cash_percent"),
                        rs.getInt("change_limit_percent"), rs.getInt("follow_up_years"),
                        split(rs.getString("instalment_percents")).stream().map(Integer::valueOf).toList(),
                        split(rs.getString("kpis"))))
                .optional();
    }

    public void saveSettings(ProgramSettings s) {
        jdbc.sql("""
                insert into grant_program_settings (program_id, categories, min_own_percent, min_cash_percent,
                  change_limit_percent, follow_up_years, instalment_percents, kpis) values (?,?,?,?,?,?,?,?)
                on conflict (program_id) do update set categories = excluded.categories,
                  min_own_percent = excluded.min_own_percent, min_cash_percent = excluded.min_cash_percent,
                  change_limit_percent = excluded.change_limit_percent, follow_up_years = excluded.follow_up_years,
                  instalment_percents = excluded.instalment_percents, kpis = excluded.kpis""")
                .params(s.programId(), String.join("|", s.categories()), s.minOwnPercent(), s.minCashPercent(),
                        s.changeLimitPercent(), s.followUpYears(),
                        s.instalmentPercents().stream().map(String::valueOf).collect(Collectors.joining("|")),
                        String.join("|", s.kpis()))
                .update();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static InstalmentView instalment(ResultSet rs, int n) throws SQLException {
        return new InstalmentView(rs.getLong("id"), rs.getInt("seq"), rs.getObject("planned_on", LocalDate.class),
                rs.getLong("amount"), InstalmentCondition.valueOf(rs.getString("condition")),
                rs.getObject("paid_on", LocalDate.class), rs.getString("paid_by"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static ProjectRow project(ResultSet rs, int n) throws SQLException {
        return new ProjectRow(rs.getLong("id"), rs.getLong("application_id"), rs.getLong("program_id"),
                rs.getLong("company_id"), rs.getString("program_title"), rs.getString("company_name"),
                rs.getString("project_title"), rs.getString("goals"), rs.getString("applicant_subject"),
                rs.getString("applicant_name"), rs.getString("applicant_email"), rs.getLong("government_grant"),
                ProjectStatus.valueOf(rs.getString("status")), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getLong("own_cash"), rs.getLong("own_in_kind"),
                rs.getBoolean("deducts_input_vat"), rs.getInt("version"), instant(rs, "company_confirmed_at"),
                rs.getString("company_confirmed_by"), instant(rs, "official_confirmed_at"),
                rs.getString("official_confirmed_by"), nullableLong(rs, "interest"), nullableLong(rs, "recovery"),
                instant(rs, "settled_at"), rs.getString("settled_by"));
    }
}
