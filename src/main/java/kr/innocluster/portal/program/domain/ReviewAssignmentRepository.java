package kr.innocluster.portal.program.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReviewAssignmentRepository extends JpaRepository<ReviewAssignment, Long> {

    @Query("select r from ReviewAssignment r join fetch r.application a join fetch a.program "
            + "where r.id = :id and r.reviewer.subject = :reviewer and r.status <> 'CONFLICT'")
    Optional<ReviewAssignment> findOwn(@Param("id") long id, @Param("reviewer") String reviewer);

    @Query(value = "select r from ReviewAssignment r join fetch r.application a join fetch a.program "
            + "where r.reviewer.subject = :reviewer and r.status <> 'CONFLICT'",
            countQuery = "select count(r) from ReviewAssignment r "
                    + "where r.reviewer.subject = :reviewer and r.status <> 'CONFLICT'")
    Page<ReviewAssignment> findByReviewer(@Param("reviewer") String reviewer, Pageable pageable);

    long countByReviewerSubjectAndStatus(String reviewer, String status);

    @Query("select distinct r from ReviewAssignment r join fetch r.reviewer left join fetch r.scores s "
            + "left join fetch s.rubricItem where r.application.id in :applicationIds")
    List<ReviewAssignment> findWithScores(@Param("applicationIds") Collection<Long> applicationIds);

    boolean existsByApplicationIdAndReviewerSubject(long applicationId, String reviewer);

    @Query("select count(r) > 0 from ReviewAssignment r where r.application.id = :applicationId "
            + "and r.reviewer.subject = :reviewer and r.status <> 'CONFLICT'")
    boolean isAssigned(@Param("applicationId") long applicationId, @Param("reviewer") String reviewer);

    List<ReviewAssignment> findByReviewerSubjectAndStatus(String reviewer, String status);
}
