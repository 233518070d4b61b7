package kr.innocluster.portal.diagnosis.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Diagnoses in PostgreSQL; confirmation is a conditional update, so two confirmers cannot both win. */
@Repository
public class DiagnosisStore {

    private static final String COLUMNS = "id, company_id, company_name, region, ksic_section, status, self_answers, "
            + "confirmed_answers, overall_score, overall_level, submitted_by, submitted_at, confirmed_by, "
            + "confirmed_at, visit_date, confirmation_notes, version";

    private final JdbcClient jdbc;

    DiagnosisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long companyId, String companyName, String region, String section, String answers,
                       int score, int level, String submittedBy, Instant at) {
        return jdbc.sql("insert into diagnosis (company_id, company_name, region, ksic_section, status, self_answers, "
                        + "overall_score, overall_level, submitted_by, submitted_at) values (?, ?, ?, ?, "
                        + "'SELF_ASSESSED', ?, ?, ?, ?, ?) returning id")
                .params(companyId, companyName, region, section, answers, score, level, submittedBy,
                        java.sql.Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Confirms a self-assessment; false when it was no longer self-assessed or changed since {@code version}. */
    public boolean confirm(long id, long version, String answers, int score, int level, String by, Instant at,
                           LocalDate visitDate, String notes) {
        return jdbc.sql("update diagnosis set status = 'CONFIRMED', confirmed_answers = ?, overall_score = ?, "
                        + "overall_level = ?, confirmed_by = ?, confirmed_at = ?, visit_date = ?, "
                        + "confirmation_notes = ?, version = version + 1 where id = ? and version = ? "
                        + "and status = 'SELF_ASSESSED'")
                .params(answers, score, level, by, java.sql.Timestamp.from(at), visitDate, notes, id, version)
                .update() == 1;
    }

    public Optional<DiagnosisRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from diagnosis where id = ?").param(id).query(DiagnosisRow.class)
                .optional();
    }

    public List<DiagnosisRow> ofCompany(long companyId) {
        return jdbc.sql("select " + COLUMNS + " from diagnosis where company_id = ? order by submitted_at desc, id desc")
                .param(companyId).query(DiagnosisRow.class).list();
    }

    /** The latest diagnosis of every other company in the region and KSIC section. */
    public List<DiagnosisRow> latestOfPeers(String region, String section, long exceptCompanyId) {
        return jdbc.sql("select distinct on (company_id) " + COLUMNS + " from diagnosis where region = ? "
                        + "and ksic_section = ? and company_id <> ? order by company_id, submitted_at desc, id desc")
                .params(region, section, exceptCompanyId).query(DiagnosisRow.class).list();
    }

    /** Latest diagnosis per company still waiting for confirmation, of the given companies or (null) of all. */
    public List<DiagnosisRow> awaitingConfirmation(Collection<Long> companyIds, int limit) {
        if (companyIds != null && companyIds.isEmpty()) {
            return List.of();
        }
        String where = companyIds == null ? "" : " and company_id in (:ids)";
        var spec = jdbc.sql("select * from (select distinct on (company_id) " + COLUMNS + " from diagnosis "
                + "where true" + where + " order by company_id, submitted_at desc, id desc) latest "
                + "where status = 'SELF_ASSESSED' order by submitted_at limit :limit").param("limit", limit);
        if (companyIds != null) {
            spec = spec.param("ids", companyIds);
        }
        return spec.query(DiagnosisRow.class).list();
    }
}
