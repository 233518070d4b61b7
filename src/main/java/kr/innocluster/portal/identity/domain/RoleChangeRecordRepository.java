package kr.innocluster.portal.identity.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoleChangeRecordRepository extends JpaRepository<RoleChangeRecord, Long> {

    /** A person's role history with each change's outbox state, newest first, in one query. */
    @Query("select r from RoleChangeRecord r join fetch r.command where r.userId = ?1 order by r.decidedAt desc, r.id desc")
    List<RoleChangeRecord> findForUser(String userId, Pageable pageable);

    /** Everyone's latest role changes, newest first, in one query. */
    @Query("select r from RoleChangeRecord r join fetch r.command order by r.decidedAt desc, r.id desc")
    List<RoleChangeRecord> findLatest(Pageable pageable);
}
