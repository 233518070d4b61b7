package kr.innocluster.portal.grant.domain;

import java.time.LocalDate;
import java.util.List;
import kr.innocluster.portal.grant.OutcomeTotals;
import kr.innocluster.portal.grant.ProgramFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates for officials' dashboards, each in one query. */
@Repository
public class DashboardStore {

    private final JdbcClient jdbc;

    DashboardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProgramFigures> perProgram(LocalDate today) {
        return jdbc.sql("""
                select p.program_id, max(p.program_title) as title, count(*) as projects,
                  sum(p.government_grant) as agreed,
                  sum((select coalesce(sum(i.amount), 0) from grant_instalment i
                       where i.project_id = p.id and i.paid_on is not null)) as paid,
                  sum((select coalesce(sum(l.spent), 0) from grant_budget_line l where l.project_id = p.id)) as spent,
                  sum((select coalesce(sum(e.amount), 0) from grant_expense e
                       where e.project_id = p.id and e.status = 'ACCEPTED')) as allowed,
                  sum(coalesce(p.recovery, 0)) as recovered,
                  sum((select count(*) from grant_report r where r.project_id = p.id
                       and r.status in ('DUE', 'RETURNED') and r.due_on >= ? and p.status = 'ACTIVE')) as due,
                  sum((select count(*) from grant_report r where r.project_id = p.id
                       and r.status in ('DUE', 'RETURNED') and r.due_on < ? and p.status = 'ACTIVE')) as overdue
                from grant_project p group by p.program_id order by p.program_id""")
                .params(today, today)
                .query((rs, n) -> new ProgramFigures(rs.getLong("program_id"), rs.getString("title"),
                        rs.getLong("projects"), rs.getLong("agreed"), rs.getLong("paid"), rs.getLong("spent"),
                        rs.getLong("allowed"), rs.getLong("recovered"), rs.getLong("due"), rs.getLong("overdue")))
                .list();
    }

    public List<OutcomeTotals> outcomes(Long programId) {
        return jdbc.sql("""
                select o.year_no, count(*) as answers, sum(o.sales) as sales, sum(o.exports) as exports,
                  sum(o.employees) as employees, sum(o.new_hires) as new_hires, sum(o.patents) as patents,
                  sum(o.investment) as investment, sum(o.products) as products
                from grant_outcome o join grant_project p on p.id = o.project_id
                where o.submitted_at is not null and (cast(? as bigint) is null or p.program_id = ?)
                group by o.year_no order by o.year_no""")
                .params(programId, programId)
                .query((rs, n) -> new OutcomeTotals(rs.getInt("year_no"), rs.getLong("answers"), rs.getLong("sales"),
                        rs.getLong("exports"), rs.getLong("employees"), rs.getLong("new_hires"),
                        rs.getLong("patents"), rs.getLong("investment"), rs.getLong("products")))
                .list();
    }
}
