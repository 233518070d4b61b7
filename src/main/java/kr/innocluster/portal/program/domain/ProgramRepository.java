package kr.innocluster.portal.program.domain;

import java.time.Instant;
import java.util.Optional;
import kr.innocluster.portal.program.ProgramStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgramRepository extends JpaRepository<Program, Long> {

    /**
     * Takes {@code amount} from the program's budget in one conditional statement: 0 rows means the budget would be
     * overspent. The row lock of the update serialises concurrent approvals of one program.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "update program set approved_total = approved_total + :amount "
            + "where id = :id and approved_total + :amount <= total_budget", nativeQuery = true)
    int reserveBudget(@Param("id") long id, @Param("amount") long amount);

    @Query(value = "select total_budget - approved_total from program where id = :id", nativeQuery = true)
    long remainingBudget(@Param("id") long id);

    @Query(value = "select approved_total from program where id = :id", nativeQuery = true)
    long approvedTotal(@Param("id") long id);

    @Query("select p from Program p where p.status = :status and p.opensAt <= :now and p.closesAt > :now")
    Page<Program> findOpen(@Param("status") ProgramStatus status, @Param("now") Instant now, Pageable pageable);

    @Query("select p from Program p where p.status <> :hidden")
    Page<Program> findVisible(@Param("hidden") ProgramStatus hidden, Pageable pageable);

    Optional<Program> findByTitle(String title);
}
