package kr.innocluster.portal.seminar.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EmailConfirmationRepository extends JpaRepository<EmailConfirmation, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from EmailConfirmation c where c.tokenHash = ?1")
    Optional<EmailConfirmation> lockByTokenHash(String tokenHash);

    @Query("select c from EmailConfirmation c where c.seminarId = ?1 and c.attendeeSubject = ?2 and c.closedAt is null")
    Optional<EmailConfirmation> findOpen(long seminarId, String subject);

    /** Requests that did not become a registration (a confirmed one is counted as the registration it made). */
    @Query("select count(c) from EmailConfirmation c where c.attendeeSubject = ?1 and c.requestedAt > ?2 "
            + "and c.confirmedAt is null")
    long countUnconfirmedSince(String subject, Instant since);

    @Modifying(flushAutomatically = true)
    @Query(value = "delete from seminar_email_confirmation where seminar_id = ?1", nativeQuery = true)
    int deleteOfSeminar(long seminarId);
}
