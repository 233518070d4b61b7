package kr.innocluster.portal.matching.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mentor visits, roadmaps with milestones, and change requests (another mentor, another solution). */
@Repository
public class MentoringStore {

    private final JdbcClient jdbc;

    MentoringStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record VisitRow(long id, long companyId, String mentorName, LocalDate visitedOn, String notes) {
    }

    public record RoadmapRow(long companyId, int currentLevel, int targetLevel, String updatedBy, Instant updatedAt) {
    }

    public record MilestoneRow(long id, long companyId, String title, LocalDate dueOn, Long solutionId,
                               String solutionName, Long programId, String programTitle, boolean done,
                               boolean removed) {
    }

    public record ChangeRow(long id, long companyId, String companyName, String kind, Long milestoneId, String reason,
                            String status, String requestedBy, Instant requestedAt, String decidedBy,
                            String decisionNote, Instant decidedAt) {
    }

    public long addVisit(long companyId, String mentorSubject, String mentorName, LocalDate on, String notes,
                         Instant at) {
        return jdbc.sql("insert into matching_mentor_visit (company_id, mentor_subject, mentor_name, visited_on, notes, "
                        + "recorded_at) values (?, ?, ?, ?, ?, ?) returning id")
                .params(companyId, mentorSubject, mentorName, on, notes, Timestamp.from(at)).query(Long.class).single();
    }

    public List<VisitRow> visits(long companyId) {
        return jdbc.sql("select id, company_id, mentor_name, visited_on, notes from matching_mentor_visit "
                + "where company_id = ? order by visited_on desc, id desc").param(companyId).query(VisitRow.class).list();
    }

    public Optional<RoadmapRow> roadmap(long companyId) {
        return jdbc.sql("select company_id, current_level, target_level, updated_by, updated_at from matching_roadmap "
                + "where company_id = ?").param(companyId).query(RoadmapRow.class).optional();
    }

    public void saveRoadmap(long companyId, int current, int target, String by, Instant at) {
        jdbc.sql("insert into matching_roadmap (company_id, current_level, target_level, updated_by, updated_at) "
                        + "values (?, ?, ?, ?, ?) on conflict (company_id) do update set current_level = "
                        + "excluded.current_level, target_level = excluded.target_level, updated_by = excluded.updated_by, "
                        + "updated_at = excluded.updated_at")
                .params(companyId, current, target, by, Timestamp.from(at)).update();
    }

    public long addMilestone(long companyId, String title, LocalDate dueOn, Long solutionId, Long programId,
                             String by, Instant at) {
        return jdbc.sql("insert into matching_milestone (company_id, title, due_on, solution_id, program_id, created_by, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(companyId, title, dueOn, solutionId, programId, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    public List<MilestoneRow> milestones(long companyId) {
        return jdbc.sql("select m.id, m.company_id, m.title, m.due_on, m.solution_id, s.name as solution_name, "
                        + "m.program_id, p.title as program_title, m.done, m.removed from matching_milestone m "
                        + "left join matching_solution s on s.id = m.solution_id left join program p on p.id = m.program_id "
                        + "where m.company_id = ? order by m.due_on nulls last, m.id")
                .param(companyId).query(MilestoneRow.class).list();
    }

    public Optional<Long> milestoneCompany(long milestoneId) {
        return jdbc.sql("select company_id from matching_milestone where id = ?").param(milestoneId)
                .query(Long.class).optional();
    }

    public void setMilestoneDone(long milestoneId, boolean done) {
        jdbc.sql("update matching_milestone set done = ? where id = ?").params(done, milestoneId).update();
    }

    /** Replacing a solution keeps the old milestone (marked removed) and adds a new one: nothing is lost. */
    public void removeMilestone(long milestoneId) {
        jdbc.sql("update matching_milestone set removed = true where id = ?").param(milestoneId).update();
    }

    public long addChange(long companyId, String companyName, String kind, Long milestoneId, String reason, String by,
                          Instant at) {
        return jdbc.sql("insert into matching_change_request (company_id, company_name, kind, milestone_id, reason, "
                        + "status, requested_by, requested_at) values (?, ?, ?, ?, ?, 'OPEN', ?, ?) returning id")
                .params(companyId, companyName, kind, milestoneId, reason, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    private static final String CHANGE = "select id, company_id, company_name, kind, milestone_id, reason, status, "
            + "requested_by, requested_at, decided_by, decision_note, decided_at from matching_change_request ";

    public Optional<ChangeRow> change(long id) {
        return jdbc.sql(CHANGE + "where id = ?").param(id).query(ChangeRow.class).optional();
    }

    public List<ChangeRow> changes(long companyId) {
        return jdbc.sql(CHANGE + "where company_id = ? order by requested_at desc, id desc").param(companyId)
                .query(ChangeRow.class).list();
    }

    public List<ChangeRow> openChanges() {
        return jdbc.sql(CHANGE + "where status = 'OPEN' order by requested_at").query(ChangeRow.class).list();
    }

    public boolean decideChange(long id, String status, String by, String note, Instant at) {
        return jdbc.sql("update matching_change_request set status = ?, decided_by = ?, decision_note = ?, decided_at = ? "
                        + "where id = ? and status = 'OPEN'")
                .params(status, by, note, Timestamp.from(at), id).update() == 1;
    }
}
