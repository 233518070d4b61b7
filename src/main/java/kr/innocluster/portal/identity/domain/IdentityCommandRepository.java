package kr.innocluster.portal.identity.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IdentityCommandRepository extends JpaRepository<IdentityCommand, Long> {

    /** Due commands in the order they were decided, locked so that two portal nodes never apply one twice. */
    @Query(value = """
            select * from identity_command
            where applied_at is null and abandoned_at is null and next_attempt_at <= ?1
            order by id
            limit ?2
            for update skip locked
            """, nativeQuery = true)
    List<IdentityCommand> lockDue(Instant now, int limit);

    /**
     * Whether an earlier command for the same person is still waiting: commands for one person are applied in the
     * order they were decided, so a later one waits for it.
     */
    @Query("select count(c) > 0 from IdentityCommand c where c.userId = ?1 and c.id < ?2 "
            + "and c.appliedAt is null and c.abandonedAt is null")
    boolean hasEarlierOpen(String userId, long id);

    @Query("select c from IdentityCommand c where c.userId = ?1 and c.appliedAt is null and c.abandonedAt is null "
            + "order by c.id")
    List<IdentityCommand> findOpenFor(String userId);

    /** The invitation that introduced the placeholder id {@code placeholderId}, if any. */
    @Query("select c from IdentityCommand c where c.userId = ?1 and c.kind = "
            + "kr.innocluster.portal.identity.domain.IdentityCommand.Kind.INVITE_USER")
    java.util.Optional<IdentityCommand> findInvitation(String placeholderId);
}
