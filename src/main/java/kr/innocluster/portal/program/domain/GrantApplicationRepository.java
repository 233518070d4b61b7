package kr.innocluster.portal.program.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.program.ApplicationStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GrantApplicationRepository extends JpaRepository<GrantApplication, Long> {

    @Query("select a from GrantApplication a join fetch a.program where a.id = :id")
    Optional<GrantApplication> findWithProgram(@Param("id") long id);

    @Query(value = "select a from GrantApplication a join fetch a.program where a.companyId = :companyId",
            countQuery = "select count(a) from GrantApplication a where a.companyId = :companyId")
    Page<GrantApplication> findByCompany(@Param("companyId") long companyId, Pageable pageable);

    @Query(value = "select a from GrantApplication a join fetch a.program "
            + "where a.program.id = :programId and a.status not in :hidden",
            countQuery = "select count(a) from GrantApplication a "
                    + "where a.program.id = :programId and a.status not in :hidden")
    Page<GrantApplication> findByProgram(@Param("programId") long programId,
                                         @Param("hidden") Collection<ApplicationStatus> hidden, Pageable pageable);

    @Query("select a from GrantApplication a where a.program.id = :programId and a.status in :statuses")
    List<GrantApplication> findByProgramAndStatuses(@Param("programId") long programId,
                                                    @Param("statuses") Collection<ApplicationStatus> statuses);

    @Query("select a from GrantApplication a where a.program.id = :programId and a.companyId = :companyId "
            + "and a.status <> kr.innocluster.portal.program.ApplicationStatus.WITHDRAWN")
    Optional<GrantApplication> findLive(@Param("programId") long programId, @Param("companyId") long companyId);

    boolean existsByProgramIdAndStatusNotIn(long programId, Collection<ApplicationStatus> statuses);

    long countByStatusIn(Collection<ApplicationStatus> statuses);

    boolean existsByCompanyIdAndStatusIn(long companyId, Collection<ApplicationStatus> statuses);

    @Query(value = "select a from GrantApplication a join fetch a.program where a.status in :statuses",
            countQuery = "select count(a) from GrantApplication a where a.status in :statuses")
    Page<GrantApplication> findByStatuses(@Param("statuses") Collection<ApplicationStatus> statuses,
                                          Pageable pageable);
}
