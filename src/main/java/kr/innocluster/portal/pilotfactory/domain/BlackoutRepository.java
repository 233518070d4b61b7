package kr.innocluster.portal.pilotfactory.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BlackoutRepository extends JpaRepository<Blackout, Long> {

    /** Blackouts of a resource that overlap [from, to). */
    @Query("select b from Blackout b where b.resourceId = ?1 and b.startsAt < ?3 and b.endsAt > ?2 order by b.startsAt")
    List<Blackout> findOverlapping(long resourceId, Instant from, Instant to);

    List<Blackout> findByResourceIdAndEndsAtAfterOrderByStartsAt(long resourceId, Instant after);
}
