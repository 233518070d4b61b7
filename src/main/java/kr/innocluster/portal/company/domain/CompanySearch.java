package kr.innocluster.portal.company.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kr.innocluster.portal.company.CompanyFilter;
import kr.innocluster.portal.company.CompanyListItem;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SizeClass;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The officials' company list in SQL: filters, fuzzy name search with pg_trgm (ILIKE and word similarity, both served
 * by the trigram index), sort and paging all happen in PostgreSQL.
 */
@Component
public class CompanySearch {

    private static final String COLUMNS = """
            c.id, c.business_number, c.name, c.ceo_name, c.region, c.ksic_code, c.size_class, c.founded_on,
            c.employees, c.annual_revenue, c.smart_factory_level, c.supplier, c.demand, c.status, c.contact_name,
            c.contact_phone, c.contact_email, c.created_at""";

    /** Sortable properties of {@link CompanyListItem} and their columns; nothing else reaches the SQL. */
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "c.name", "businessNumber", "c.business_number", "region", "c.region",
            "sizeClass", "c.size_class", "ksicCode", "c.ksic_code", "foundedOn", "c.founded_on",
            "employees", "c.employees", "annualRevenue", "c.annual_revenue", "status", "c.status",
            "createdAt", "c.created_at");

    private static final String SIMILARITY_THRESHOLD = "0.3";

    private static final RowMapper<CompanyListItem> ROW = CompanySearch::row;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;

    CompanySearch(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(500);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
    }

    public List<CompanyListItem> page(CompanyFilter filter, Sort sort, long offset, int limit) {
        lowerSimilarityThreshold(filter);
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select " + COLUMNS + " from company c" + where(filter, params) + orderBy(filter, sort, params)
                + " limit :limit offset :offset";
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql, params, ROW);
    }

    /**
     * The first page and how many companies match in all, in one statement ({@code count(*) over ()} is computed
     * before the limit applies).
     */
    public FirstPage firstPage(CompanyFilter filter, Sort sort, int limit) {
        lowerSimilarityThreshold(filter);
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select " + COLUMNS + ", count(*) over () as matched from company c" + where(filter, params)
                + orderBy(filter, sort, params) + " limit :limit";
        params.addValue("limit", limit);
        long[] matched = {0};
        List<CompanyListItem> rows = jdbc.query(sql, params, (rs, rowNum) -> {
            matched[0] = rs.getLong("matched");
            return row(rs, rowNum);
        });
        return new FirstPage(rows, matched[0]);
    }

    /** The first page of a search and the number of all its matches. */
    public record FirstPage(List<CompanyListItem> rows, long matched) {
    }

    public long count(CompanyFilter filter) {
        lowerSimilarityThreshold(filter);
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from company c" + where(filter, params), params, Long.class);
        return count == null ? 0 : count;
    }

    /** Streams every match (for exports) without holding them all in memory; needs a transaction for the cursor. */
    public void forEach(CompanyFilter filter, Sort sort, Consumer<CompanyListItem> consumer) {
        lowerSimilarityThreshold(filter);
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select " + COLUMNS + " from company c" + where(filter, params) + orderBy(filter, sort, params);
        streaming.query(sql, params, (RowCallbackHandler) rs -> consumer.accept(row(rs, 0)));
    }

    /**
     * pg_trgm's default word-similarity threshold (0.6) misses one-syllable typos in Korean names (each syllable is
     * one character, so one typo breaks three trigrams of a short word). 0.3 finds them, e.g. 새별로버틱스 for
     * 새별로보틱스; the best matches still come first. {@code set local} keeps the
     * setting inside the caller's transaction (every service method has one).
     */
    private void lowerSimilarityThreshold(CompanyFilter filter) {
        if (filter.text() != null && !filter.text().isBlank()) {
            jdbc.getJdbcTemplate().execute("set local pg_trgm.word_similarity_threshold = " + SIMILARITY_THRESHOLD);
        }
    }

    private static String where(CompanyFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            String digits = text.replace("-", "").replace(" ", "");
            if (digits.matches("\\d{3,10}")) {
                conditions.add("c.business_number like :numberPrefix");
                params.addValue("numberPrefix", digits + "%");
            } else {
                conditions.add("(c.name ilike :like or :text <% c.name)");
                params.addValue("like", "%" + escapeLike(text) + "%").addValue("text", text);
            }
        }
        if (filter.region() != null) {
            conditions.add("c.region = :region");
            params.addValue("region", filter.region().name());
        }
        if (filter.sizeClass() != null) {
            conditions.add("c.size_class = :sizeClass");
            params.addValue("sizeClass", filter.sizeClass().name());
        }
        if (filter.ksicSection() != null && !filter.ksicSection().isBlank()) {
            conditions.add("left(c.ksic_code, 1) = :section");
            params.addValue("section", filter.ksicSection().strip().substring(0, 1).toUpperCase());
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.supplier() != null) {
            conditions.add("c.supplier = :supplier");
            params.addValue("supplier", filter.supplier());
        }
        if (filter.demand() != null) {
            conditions.add("c.demand = :demand");
            params.addValue("demand", filter.demand());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The chosen sort; without one, best name matches first when searching, else by name. Ties by id for paging. */
    private static String orderBy(CompanyFilter filter, Sort sort, MapSqlParameterSource params) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                parts.add(column + (order.isAscending() ? " asc" : " desc"));
            }
        }
        if (parts.isEmpty() && params.hasValue("text")) {
            parts.add("word_similarity(:text, c.name) desc");
        }
        if (parts.isEmpty()) {
            parts.add("c.name asc");
        }
        parts.add("c.id asc");
        return " order by " + String.join(", ", parts);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static CompanyListItem row(ResultSet rs, int rowNum) throws SQLException {
        int level = rs.getInt("smart_factory_level");
        Integer smartFactoryLevel = rs.wasNull() ? null : level;
        return new CompanyListItem(rs.getLong("id"), rs.getString("business_number"), rs.getString("name"),
                rs.getString("ceo_name"), Region.valueOf(rs.getString("region")), rs.getString("ksic_code"),
                SizeClass.valueOf(rs.getString("size_class")), rs.getObject("founded_on", java.time.LocalDate.class),
                rs.getInt("employees"), rs.getLong("annual_revenue"), smartFactoryLevel, rs.getBoolean("supplier"),
                rs.getBoolean("demand"), CompanyStatus.valueOf(rs.getString("status")), rs.getString("contact_name"),
                rs.getString("contact_phone"), rs.getString("contact_email"),
                rs.getTimestamp("created_at").toInstant());
    }
}
