package kr.innocluster.portal.identity.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SessionStampRepository extends JpaRepository<SessionStamp, String> {

    /** Records a change; an older stamp never overwrites a newer one (two nodes, two sources). */
    @Modifying
    @Query(value = """
            insert into identity_session_stamp (user_id, changed_at) values (?1, ?2)
            on conflict (user_id) do update
            set changed_at = greatest(identity_session_stamp.changed_at, excluded.changed_at)
            """, nativeQuery = true)
    void stamp(String userId, Instant changedAt);
}
