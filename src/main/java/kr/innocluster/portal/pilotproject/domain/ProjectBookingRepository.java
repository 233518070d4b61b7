package kr.innocluster.portal.pilotproject.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectBookingRepository extends JpaRepository<ProjectBooking, Long> {

    List<ProjectBooking> findByProjectIdOrderByStartsAt(long projectId);

    List<ProjectBooking> findByProjectIdIn(Collection<Long> projectIds);
}
