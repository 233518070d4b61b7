package kr.innocluster.portal.company.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.company.InvitationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    List<Invitation> findByCompanyIdAndStatusOrderByInvitedAtDesc(long companyId, InvitationStatus status);

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** The invitation behind a token, locked: two acceptances of one token run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.tokenHash = ?1")
    Optional<Invitation> lockByTokenHash(String tokenHash);

    /** Invitations a company sent since {@code since}, whatever became of them (the daily limit counts them all). */
    @Query("select count(i) from Invitation i where i.companyId = ?1 and i.invitedAt > ?2")
    long countInvitedSince(long companyId, java.time.Instant since);

    /**
     * Serialises one company's invitations across every portal node for the rest of the transaction, so two at once
     * cannot both pass the daily limit (PostgreSQL advisory lock).
     */
    @Query(value = "select count(*) from (select pg_advisory_xact_lock(hashtext('company-invitations:' || ?1))) l",
            nativeQuery = true)
    long lockInvitationsOf(long companyId);

    @Query("select i from Invitation i where i.companyId = ?1 and lower(i.email) = lower(?2) "
            + "and i.status = kr.innocluster.portal.company.InvitationStatus.OPEN")
    Optional<Invitation> findOpen(long companyId, String email);
}
