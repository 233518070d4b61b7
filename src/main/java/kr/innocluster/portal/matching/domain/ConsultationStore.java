package kr.innocluster.portal.matching.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consultations and their meetings; every state change is a conditional update on the expected state. */
@Repository
public class ConsultationStore {

    private static final String SELECT = "select id, solution_id, solution_name, supplier_company_id, supplier_name, "
            + "demand_company_id, demand_company_name, program_id, message, status, supplier_contracted, "
            + "demand_contracted, decline_reason, requested_by, requested_at, decided_at, contracted_on, rating, "
            + "rating_comment, follow_up_due, follow_up_reminded, follow_up_in_use, follow_up_note, follow_up_at "
            + "from matching_consultation ";

    private final JdbcClient jdbc;

    ConsultationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record MeetingRow(long id, long consultationId, LocalDate metOn, String notes, String recordedBy,
                             Instant recordedAt) {
    }

    public record PipelineRow(long groupId, String groupName, long requested, long accepted, long met,
                              long contracted, long declined) {
    }

    public record RatingRow(long supplierCompanyId, double average, int count) {
    }

    public long insert(long solutionId, String solutionName, long supplierId, String supplierName, long demandId,
                       String demandName, Long programId, String message, String by, Instant at) {
        return jdbc.sql("insert into matching_consultation (solution_id, solution_name, supplier_company_id, "
                        + "supplier_name, demand_company_id, demand_company_name, program_id, message, status, "
                        + "requested_by, requested_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?) returning id")
                .params(solutionId, solutionName, supplierId, supplierName, demandId, demandName, programId, message,
                        by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<ConsultationRow> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(ConsultationRow.class).optional();
    }

    public List<ConsultationRow> ofSupplier(long supplierId) {
        return jdbc.sql(SELECT + "where supplier_company_id = ? order by requested_at desc, id desc").param(supplierId)
                .query(ConsultationRow.class).list();
    }

    public List<ConsultationRow> ofDemand(long demandId) {
        return jdbc.sql(SELECT + "where demand_company_id = ? order by requested_at desc, id desc").param(demandId)
                .query(ConsultationRow.class).list();
    }

    public boolean decide(long id, String from, String to, String reason, Instant at) {
        return jdbc.sql("update matching_consultation set status = ?, decline_reason = ?, decided_at = ? "
                        + "where id = ? and status = ?")
                .params(to, reason, Timestamp.from(at), id, from).update() == 1;
    }

    /** Marks one side contracted; when both sides have, the consultation becomes CONTRACTED with the follow-up due. */
    public boolean markContracted(long id, boolean supplierSide, LocalDate today, LocalDate followUpDue) {
        String column = supplierSide ? "supplier_contracted" : "demand_contracted";
        int changed = jdbc.sql("update matching_consultation set " + column + " = true where id = ? "
                + "and status = 'ACCEPTED'").param(id).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("update matching_consultation set status = 'CONTRACTED', contracted_on = ?, follow_up_due = ? "
                        + "where id = ? and status = 'ACCEPTED' and supplier_contracted and demand_contracted")
                .params(today, followUpDue, id).update();
        return true;
    }

    public boolean rate(long id, int rating, String comment) {
        return jdbc.sql("update matching_consultation set rating = ?, rating_comment = ? where id = ? "
                + "and status = 'CONTRACTED'").params(rating, comment, id).update() == 1;
    }

    public boolean answerFollowUp(long id, boolean inUse, String note, Instant at) {
        return jdbc.sql("update matching_consultation set follow_up_in_use = ?, follow_up_note = ?, follow_up_at = ? "
                        + "where id = ? and status = 'CONTRACTED'")
                .params(inUse, note, Timestamp.from(at), id).update() == 1;
    }

    public long addMeeting(long consultationId, LocalDate metOn, String notes, String by, Instant at) {
        return jdbc.sql("insert into matching_meeting (consultation_id, met_on, notes, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?) returning id")
                .params(consultationId, metOn, notes, by, Timestamp.from(at)).query(Long.class).single();
    }

    public List<MeetingRow> meetings(long consultationId) {
        return jdbc.sql("select id, consultation_id, met_on, notes, recorded_by, recorded_at from matching_meeting "
                + "where consultation_id = ? order by met_on, id").param(consultationId).query(MeetingRow.class).list();
    }

    /** Ratings of a supplier (only contracted consultations carry one, a constraint makes sure). */
    public Optional<RatingRow> ratings(long supplierId) {
        return jdbc.sql("select supplier_company_id, avg(rating)::float8 as average, count(rating)::int as count "
                        + "from matching_consultation where supplier_company_id = ? and rating is not null "
                        + "group by supplier_company_id")
                .param(supplierId).query(RatingRow.class).optional();
    }

    /** Counts per supplier (bySupplier) or per program: requested, accepted, met (a meeting logged), contracted, declined. */
    public List<PipelineRow> pipeline(boolean bySupplier) {
        String id = bySupplier ? "c.supplier_company_id" : "c.program_id";
        String name = bySupplier ? "max(c.supplier_name)" : "max(p.title)";
        return jdbc.sql("select " + id + " as group_id, " + name + " as group_name, count(*) as requested, "
                        + "count(*) filter (where c.status in ('ACCEPTED', 'CONTRACTED')) as accepted, "
                        + "count(*) filter (where exists (select 1 from matching_meeting m where m.consultation_id = c.id)) as met, "
                        + "count(*) filter (where c.status = 'CONTRACTED') as contracted, "
                        + "count(*) filter (where c.status = 'DECLINED') as declined "
                        + "from matching_consultation c left join program p on p.id = c.program_id "
                        + (bySupplier ? "" : "where c.program_id is not null ") + "group by " + id + " order by 2")
                .query(PipelineRow.class).list();
    }

    /** Contracted deployments whose follow-up is due and unanswered, not yet reminded. */
    public List<ConsultationRow> followUpsToRemind(LocalDate today) {
        return jdbc.sql(SELECT + "where status = 'CONTRACTED' and follow_up_due <= ? and follow_up_at is null "
                + "and not follow_up_reminded order by id limit 200").param(today).query(ConsultationRow.class).list();
    }

    public void markReminded(long id) {
        jdbc.sql("update matching_consultation set follow_up_reminded = true where id = ?").param(id).update();
    }

    /** Follow-ups answered "not in use", newest first. */
    public List<ConsultationRow> installedButUnused() {
        return jdbc.sql(SELECT + "where follow_up_in_use = false order by follow_up_at desc").query(ConsultationRow.class)
                .list();
    }
}
