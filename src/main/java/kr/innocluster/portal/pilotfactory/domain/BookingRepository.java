package kr.innocluster.portal.pilotfactory.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.pilotfactory.BookingStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    /** Bookings of a resource in the given states that overlap [from, to), in time order. */
    @Query("select b from Booking b where b.resourceId = ?1 and b.status in ?4 and b.startsAt < ?3 and b.endsAt > ?2 "
            + "order by b.startsAt")
    List<Booking> findOverlapping(long resourceId, Instant from, Instant to, Collection<BookingStatus> statuses);

    /** Live bookings of one company on one resource that overlap [from, to): the quota counts these. */
    @Query("select b from Booking b where b.resourceId = ?1 and b.companyId = ?2 and b.status in ?5 "
            + "and b.startsAt < ?4 and b.endsAt > ?3")
    List<Booking> findCompanyOverlapping(long resourceId, long companyId, Instant from, Instant to,
                                         Collection<BookingStatus> statuses);

    Optional<Booking> findByIdAndCompanyId(long id, long companyId);

    Page<Booking> findByCompanyId(long companyId, Pageable pageable);

    List<Booking> findByCompanyIdAndStatusInAndEndsAtAfterOrderByStartsAt(long companyId,
                                                                         Collection<BookingStatus> statuses,
                                                                         Instant after, Pageable pageable);

    long countByCompanyId(long companyId);

    @Query("select b from Booking b where (?1 is null or b.status = ?1) and (?2 is null or b.resourceId = ?2) "
            + "and (?3 = false or b.blackoutConflict = true)")
    Page<Booking> search(BookingStatus status, Long resourceId, boolean onlyConflicts, Pageable pageable);

    @Query("select count(b) from Booking b where (?1 is null or b.status = ?1) and (?2 is null or b.resourceId = ?2) "
            + "and (?3 = false or b.blackoutConflict = true)")
    long count(BookingStatus status, Long resourceId, boolean onlyConflicts);

    long countByStatus(BookingStatus status);

    /** Approved bookings starting in [from, to) that have not been reminded yet. */
    @Query("select b.id from Booking b where b.status = kr.innocluster.portal.pilotfactory.BookingStatus.APPROVED "
            + "and b.remindedAt is null and b.startsAt >= ?1 and b.startsAt < ?2 order by b.startsAt")
    List<Long> findReminderCandidates(Instant from, Instant to);

    /** Claims the reminder of one booking; returns 0 when another node (or an earlier run) already did. */
    @Modifying
    @Query(value = "update pf_booking set reminded_at = ?2 where id = ?1 and reminded_at is null "
            + "and status = 'APPROVED'", nativeQuery = true)
    int claimReminder(long bookingId, Instant now);

    /** Serialises booking requests of one company on one resource, so two requests cannot both pass the quota. */
    @Query(value = "select count(*) from (select pg_advisory_xact_lock(?1, ?2)) lock", nativeQuery = true)
    long lockCompanyQuota(int resourceId, int companyId);
}
