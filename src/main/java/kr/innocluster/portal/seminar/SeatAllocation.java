package kr.innocluster.portal.seminar;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The capacity guarantee, in PostgreSQL: every change of a seminar's seat count happens under the seminar's row lock
 * and through a conditional update ({@code confirmed_count < capacity}); the table's check constraint refuses
 * anything above capacity even if a caller got it wrong. Waitlist numbers come from the same locked row, so they are
 * handed out in arrival order without gaps. Callers run inside their own transaction.
 */
@Component
class SeatAllocation {

    private final JdbcTemplate jdbc;

    SeatAllocation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the seminar row until the caller's transaction ends; false when the seminar is not published. */
    boolean lockPublished(long seminarId) {
        List<Long> locked = jdbc.query("select id from seminar where id = ? and status = 'PUBLISHED' for update",
                (rs, row) -> rs.getLong(1), seminarId);
        return !locked.isEmpty();
    }

    /** Locks the seminar row whatever its status (cancellations, capacity changes). */
    void lock(long seminarId) {
        jdbc.query("select id from seminar where id = ? for update", (rs, row) -> rs.getLong(1), seminarId);
    }

    /** Takes one seat if one is free; false when the seminar is full. */
    boolean takeSeat(long seminarId) {
        return jdbc.update("update seminar set confirmed_count = confirmed_count + 1 "
                + "where id = ? and confirmed_count < capacity", seminarId) == 1;
    }

    /** The next number in the waitlist (1, 2, 3...). */
    int nextWaitlistNumber(long seminarId) {
        Integer number = jdbc.queryForObject(
                "update seminar set waitlist_seq = waitlist_seq + 1 where id = ? returning waitlist_seq",
                Integer.class, seminarId);
        if (number == null) {
            throw new IllegalStateException("seminar " + seminarId + " vanished");
        }
        return number;
    }

    void releaseSeat(long seminarId) {
        jdbc.update("update seminar set confirmed_count = confirmed_count - 1 where id = ? and confirmed_count > 0",
                seminarId);
    }

    boolean hasFreeSeat(long seminarId) {
        Boolean free = jdbc.queryForObject("select confirmed_count < capacity from seminar where id = ?",
                Boolean.class, seminarId);
        return Boolean.TRUE.equals(free);
    }
}
