package kr.innocluster.portal.matching.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Solutions, supplier flags and demand companies' stated needs. */
@Repository
public class CatalogueStore {

    private static final String SOLUTION = "select id, supplier_company_id, supplier_name, supplier_founded_on, name, "
            + "category, tags, target_sections, areas, price_min, price_max, project_months, description, "
            + "reference_deployments from matching_solution ";

    private final JdbcClient jdbc;

    CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record FlagRow(long supplierCompanyId, String kind, String reason, String flaggedBy, Instant flaggedAt) {
    }

    public record NeedRow(long companyId, String categories, Long budgetMax, String note) {
    }

    public long insert(long supplierId, String supplierName, LocalDate foundedOn, SolutionRow s, Instant at) {
        return jdbc.sql("insert into matching_solution (supplier_company_id, supplier_name, supplier_founded_on, name, "
                        + "category, tags, target_sections, areas, price_min, price_max, project_months, description, "
                        + "reference_deployments, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?) returning id")
                .params(supplierId, supplierName, foundedOn, s.name(), s.category(), s.tags(), s.targetSections(),
                        s.areas(), s.priceMin(), s.priceMax(), s.projectMonths(), s.description(),
                        s.referenceDeployments(), Timestamp.from(at), Timestamp.from(at))
                .query(Long.class).single();
    }

    public boolean update(long id, long supplierId, SolutionRow s, Instant at) {
        return jdbc.sql("update matching_solution set name = ?, category = ?, tags = ?, target_sections = ?, areas = ?, "
                        + "price_min = ?, price_max = ?, project_months = ?, description = ?, "
                        + "reference_deployments = ?, updated_at = ? where id = ? and supplier_company_id = ?")
                .params(s.name(), s.category(), s.tags(), s.targetSections(), s.areas(), s.priceMin(), s.priceMax(),
                        s.projectMonths(), s.description(), s.referenceDeployments(), Timestamp.from(at), id,
                        supplierId)
                .update() == 1;
    }

    public Optional<SolutionRow> find(long id) {
        return jdbc.sql(SOLUTION + "where id = ?").param(id).query(SolutionRow.class).optional();
    }

    public List<SolutionRow> ofSupplier(long supplierId) {
        return jdbc.sql(SOLUTION + "where supplier_company_id = ? order by name").param(supplierId)
                .query(SolutionRow.class).list();
    }

    /** Text matches name, supplier, tags or description (case-insensitive); category null = any. */
    public List<SolutionRow> search(String text, String category, int offset, int limit) {
        return jdbc.sql(SOLUTION + "where (cast(:text as text) is null or name ilike cast(:like as text) "
                        + "or supplier_name ilike cast(:like as text) or tags ilike cast(:like as text) "
                        + "or description ilike cast(:like as text)) and (cast(:category as text) is null "
                        + "or category = cast(:category as text)) "
                        + "order by name, id offset :offset limit :limit")
                .param("text", blank(text)).param("like", like(text)).param("category", category)
                .param("offset", offset).param("limit", limit).query(SolutionRow.class).list();
    }

    public long count(String text, String category) {
        return jdbc.sql("select count(*) from matching_solution where (cast(:text as text) is null "
                        + "or name ilike cast(:like as text) or supplier_name ilike cast(:like as text) "
                        + "or tags ilike cast(:like as text) or description ilike cast(:like as text)) "
                        + "and (cast(:category as text) is null or category = cast(:category as text))")
                .param("text", blank(text)).param("like", like(text)).param("category", category)
                .query(Long.class).single();
    }

    public List<SolutionRow> all(int limit) {
        return jdbc.sql(SOLUTION + "order by id limit ?").param(limit).query(SolutionRow.class).list();
    }

    public Optional<FlagRow> flag(long supplierId) {
        return jdbc.sql("select supplier_company_id, kind, reason, flagged_by, flagged_at from matching_supplier_flag "
                + "where supplier_company_id = ?").param(supplierId).query(FlagRow.class).optional();
    }

    public void setFlag(long supplierId, String kind, String reason, String by, Instant at) {
        jdbc.sql("insert into matching_supplier_flag (supplier_company_id, kind, reason, flagged_by, flagged_at) "
                        + "values (?, ?, ?, ?, ?) on conflict (supplier_company_id) do update set kind = excluded.kind, "
                        + "reason = excluded.reason, flagged_by = excluded.flagged_by, flagged_at = excluded.flagged_at")
                .params(supplierId, kind, reason, by, Timestamp.from(at)).update();
    }

    public void clearFlag(long supplierId) {
        jdbc.sql("delete from matching_supplier_flag where supplier_company_id = ?").param(supplierId).update();
    }

    public Optional<NeedRow> need(long companyId) {
        return jdbc.sql("select company_id, categories, budget_max, note from matching_need where company_id = ?")
                .param(companyId).query(NeedRow.class).optional();
    }

    public void saveNeed(long companyId, String categories, Long budgetMax, String note, Instant at) {
        jdbc.sql("insert into matching_need (company_id, categories, budget_max, note, updated_at) values (?, ?, ?, ?, ?) "
                        + "on conflict (company_id) do update set categories = excluded.categories, "
                        + "budget_max = excluded.budget_max, note = excluded.note, updated_at = excluded.updated_at")
                .params(companyId, categories, budgetMax, note, Timestamp.from(at)).update();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String like(String text) {
        String t = blank(text);
        return t == null ? null : "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
