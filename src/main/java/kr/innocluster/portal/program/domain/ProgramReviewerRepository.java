package kr.innocluster.portal.program.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ProgramReviewerRepository extends JpaRepository<ProgramReviewer, String> {

    @Query("select r from ProgramReviewer r where lower(r.email) = lower(?1) and r.status <> 'DEACTIVATED'")
    Optional<ProgramReviewer> findCurrentByEmail(String email);

    @Query("select r from ProgramReviewer r where r.status <> 'DEACTIVATED' order by r.displayName")
    List<ProgramReviewer> findInPool();

    /**
     * An invited reviewer's account exists now: the placeholder subject becomes the account id (assignments follow
     * through the foreign key's ON UPDATE CASCADE; declared conflicts are updated alongside). Runs inside the identity
     * outbox's transaction: it must not clear the persistence context (the outbox's commands are still to be marked).
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "update program_reviewer set subject = ?2 where subject = ?1", nativeQuery = true)
    int replaceSubject(String placeholder, String subject);

    @Modifying(flushAutomatically = true)
    @Query(value = "update review_conflict set reviewer_subject = ?2 where reviewer_subject = ?1", nativeQuery = true)
    int replaceConflictSubject(String placeholder, String subject);
}
