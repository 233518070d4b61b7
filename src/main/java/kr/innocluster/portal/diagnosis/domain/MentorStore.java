package kr.innocluster.portal.diagnosis.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mentors and their assignments; one current assignment per company (a partial unique index). */
@Repository
public class MentorStore {

    private static final String ASSIGNMENT = "select a.id, a.company_id, a.company_name, a.mentor_subject, "
            + "m.display_name as mentor_name, a.assigned_by, a.assigned_at, a.ended_at, a.end_reason "
            + "from diagnosis_mentor_assignment a join diagnosis_mentor m on m.subject = a.mentor_subject ";

    private final JdbcClient jdbc;

    MentorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record MentorRow(String subject, String displayName, String email) {
    }

    public record AssignmentRow(long id, long companyId, String companyName, String mentorSubject, String mentorName,
                                String assignedBy, Instant assignedAt, Instant endedAt, String endReason) {
    }

    public void upsertMentor(String subject, String name, String email, Instant at) {
        jdbc.sql("insert into diagnosis_mentor (subject, display_name, email, registered_at) values (?, ?, ?, ?) "
                        + "on conflict (subject) do update set display_name = excluded.display_name, "
                        + "email = excluded.email")
                .params(subject, name, email, java.sql.Timestamp.from(at)).update();
    }

    public List<MentorRow> mentors() {
        return jdbc.sql("select subject, display_name, email from diagnosis_mentor order by display_name")
                .query(MentorRow.class).list();
    }

    public Optional<MentorRow> mentor(String subject) {
        return jdbc.sql("select subject, display_name, email from diagnosis_mentor where subject = ?").param(subject)
                .query(MentorRow.class).optional();
    }

    /** Ends the company's current assignment, if any; true when there was one. */
    public boolean endCurrent(long companyId, String reason, Instant at) {
        return jdbc.sql("update diagnosis_mentor_assignment set ended_at = ?, end_reason = ? "
                        + "where company_id = ? and ended_at is null")
                .params(java.sql.Timestamp.from(at), reason, companyId).update() > 0;
    }

    public long assign(long companyId, String companyName, String mentorSubject, String by, Instant at) {
        return jdbc.sql("insert into diagnosis_mentor_assignment (company_id, company_name, mentor_subject, "
                        + "assigned_by, assigned_at) values (?, ?, ?, ?, ?) returning id")
                .params(companyId, companyName, mentorSubject, by, java.sql.Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<AssignmentRow> current(long companyId) {
        return jdbc.sql(ASSIGNMENT + "where a.company_id = ? and a.ended_at is null").param(companyId)
                .query(AssignmentRow.class).optional();
    }

    public List<AssignmentRow> history(long companyId) {
        return jdbc.sql(ASSIGNMENT + "where a.company_id = ? order by a.assigned_at desc, a.id desc").param(companyId)
                .query(AssignmentRow.class).list();
    }

    public List<AssignmentRow> currentOfMentor(String mentorSubject) {
        return jdbc.sql(ASSIGNMENT + "where a.mentor_subject = ? and a.ended_at is null order by a.company_name")
                .param(mentorSubject).query(AssignmentRow.class).list();
    }

    public List<AssignmentRow> allCurrent() {
        return jdbc.sql(ASSIGNMENT + "where a.ended_at is null order by a.company_name").query(AssignmentRow.class)
                .list();
    }

    public boolean isAssigned(long companyId, String mentorSubject) {
        return jdbc.sql("select count(*) from diagnosis_mentor_assignment where company_id = ? and mentor_subject = ? "
                + "and ended_at is null").params(companyId, mentorSubject).query(Long.class).single() > 0;
    }
}
