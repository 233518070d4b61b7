package kr.innocluster.portal.seminar.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SeminarRepository extends JpaRepository<Seminar, Long> {

    @Query("select s from Seminar s where s.status = kr.innocluster.portal.seminar.SeminarStatus.PUBLISHED "
            + "and s.endsAt > ?1 order by s.startsAt")
    List<Seminar> findUpcomingPublished(Instant now, Pageable pageable);

    @Query("select distinct s from Seminar s left join fetch s.sessions where s.id = ?1")
    Optional<Seminar> findWithSessions(long id);

    @Query("select s from Seminar s where lower(s.title) like lower(concat('%', ?1, '%')) "
            + "or lower(s.venue) like lower(concat('%', ?1, '%'))")
    Page<Seminar> search(String text, Pageable pageable);

    Optional<Seminar> findFirstByTitle(String title);

    /** Seminars whose retention period ended and whose attendees' personal data is still stored. */
    @Query(value = """
            select * from seminar
            where personal_data_purged_at is null
              and ends_at + make_interval(days => retention_days) <= ?1
            order by id
            """, nativeQuery = true)
    List<Seminar> findDueForPurge(Instant now);
}
