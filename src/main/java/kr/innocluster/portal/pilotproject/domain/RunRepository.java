package kr.innocluster.portal.pilotproject.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RunRepository extends JpaRepository<Run, Long> {

    List<Run> findByProjectIdOrderByStartedAt(long projectId);

    Optional<Run> findByBookingId(long bookingId);

    long countByProjectId(long projectId);
}
