package kr.innocluster.portal.seminar.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SeminarRegistrationRepository extends JpaRepository<SeminarRegistration, Long> {

    @Query("select r from SeminarRegistration r join fetch r.seminar where r.id = ?1 and r.attendeeSubject = ?2")
    Optional<SeminarRegistration> findOwn(long id, String subject);

    @Query("select r from SeminarRegistration r where r.seminar.id = ?1 and r.attendeeSubject = ?2 "
            + "and r.status <> kr.innocluster.portal.seminar.RegistrationStatus.CANCELLED")
    Optional<SeminarRegistration> findActive(long seminarId, String subject);

    @Query("select r from SeminarRegistration r join fetch r.seminar s where r.attendeeSubject = ?1 "
            + "order by s.startsAt desc, r.id desc")
    List<SeminarRegistration> findMine(String subject);

    /** The first person in the waitlist, locked (callers hold the seminar row lock, so arrival order is kept). */
    @Query(value = """
            select * from seminar_registration
            where seminar_id = ?1 and status = 'WAITLISTED'
            order by waitlist_number
            limit 1
            for update
            """, nativeQuery = true)
    Optional<SeminarRegistration> lockFirstWaiting(long seminarId);

    @Query("select count(r) from SeminarRegistration r where r.seminar.id = ?1 "
            + "and r.status = kr.innocluster.portal.seminar.RegistrationStatus.WAITLISTED and r.waitlistNumber < ?2")
    long countWaitingAhead(long seminarId, int waitlistNumber);

    /** For each of these waitlisted registrations: its id and how many of its seminar wait ahead of it. */
    @Query("select r.id, (select count(w) from SeminarRegistration w where w.seminar = r.seminar "
            + "and w.status = kr.innocluster.portal.seminar.RegistrationStatus.WAITLISTED "
            + "and w.waitlistNumber < r.waitlistNumber) from SeminarRegistration r where r.id in ?1")
    List<Object[]> countWaitingAheadOf(Collection<Long> registrationIds);

    @Query("select r.seminar.id, count(r) from SeminarRegistration r where r.seminar.id in ?1 "
            + "and r.status = kr.innocluster.portal.seminar.RegistrationStatus.WAITLISTED group by r.seminar.id")
    List<Object[]> countWaiting(java.util.Collection<Long> seminarIds);

    @Query("select r.seminar.id from SeminarRegistration r where r.id = ?1 and r.attendeeSubject = ?2")
    Optional<Long> findSeminarIdOfOwn(long registrationId, String subject);

    @Query("select r.status, count(r), count(r.checkedInAt) from SeminarRegistration r where r.seminar.id = ?1 "
            + "group by r.status")
    List<Object[]> countByStatus(long seminarId);

    @Query(value = "select r from SeminarRegistration r where r.seminar.id = ?1 and (?2 = '' "
            + "or lower(r.name) like lower(concat('%', ?2, '%')) or lower(r.organisation) like lower(concat('%', ?2, '%')) "
            + "or lower(r.email) like lower(concat('%', ?2, '%')) or r.ticketCode = upper(?2))",
            countQuery = "select count(r) from SeminarRegistration r where r.seminar.id = ?1 and (?2 = '' "
            + "or lower(r.name) like lower(concat('%', ?2, '%')) or lower(r.organisation) like lower(concat('%', ?2, '%')) "
            + "or lower(r.email) like lower(concat('%', ?2, '%')) or r.ticketCode = upper(?2))")
    Page<SeminarRegistration> search(long seminarId, String text, Pageable pageable);

    @Query("select r from SeminarRegistration r join fetch r.seminar where r.seminar.id = ?1 and r.ticketCode = ?2")
    Optional<SeminarRegistration> findByTicket(long seminarId, String ticketCode);

    @Query("select r from SeminarRegistration r where r.seminar.id = ?1 order by r.id")
    List<SeminarRegistration> findAllOfSeminar(long seminarId);

    @Query("select r from SeminarRegistration r where r.seminar.id = ?1 "
            + "and r.status <> kr.innocluster.portal.seminar.RegistrationStatus.CANCELLED order by r.id")
    List<SeminarRegistration> findActiveOfSeminar(long seminarId);

    @Query("select r from SeminarRegistration r where r.seminar.id = ?1 and r.checkedInAt is not null order by r.id")
    List<SeminarRegistration> findCheckedIn(long seminarId);

    @Query("select r from SeminarRegistration r join fetch r.seminar where r.certificateCode = ?1")
    Optional<SeminarRegistration> findByCertificateCode(String code);

    /** Registrations and cancellations of one account since {@code since} (the rate limit counts both). */
    @Query(value = """
            select (select count(*) from seminar_registration where attendee_subject = ?1 and registered_at > ?2)
                 + (select count(*) from seminar_registration where attendee_subject = ?1 and cancelled_at > ?2)
            """, nativeQuery = true)
    long countActionsSince(String subject, Instant since);

    /**
     * Serialises one account's registrations and cancellations across every portal node for the rest of the
     * transaction, so two requests at once cannot both pass the rate limit (PostgreSQL advisory lock).
     */
    @Query(value = "select count(*) from (select pg_advisory_xact_lock(hashtext('seminar-actions:' || ?1))) l",
            nativeQuery = true)
    long lockActionsOf(String subject);

    /** Irreversible anonymisation of every registration of a seminar: the statistics columns stay. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update SeminarRegistration r set r.attendeeSubject = null, r.name = null, r.organisation = null, "
            + "r.email = null, r.phone = null, r.anonymisedAt = ?2 where r.seminar.id = ?1 and r.anonymisedAt is null")
    int anonymiseSeminar(long seminarId, Instant now);
}
