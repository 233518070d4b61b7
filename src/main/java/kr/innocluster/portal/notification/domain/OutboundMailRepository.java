package kr.innocluster.portal.notification.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboundMailRepository extends JpaRepository<OutboundMail, Long> {

    /** Due mails, locked so that two portal nodes never send the same mail twice. */
    @Query(value = """
            select * from outbound_mail
            where sent_at is null and next_attempt_at <= ?1
            order by id
            limit ?2
            for update skip locked
            """, nativeQuery = true)
    List<OutboundMail> lockDue(Instant now, int limit);

    @Query("select m from OutboundMail m where lower(m.recipient) like lower(concat('%', ?1, '%')) "
            + "or lower(m.subject) like lower(concat('%', ?1, '%'))")
    Page<OutboundMail> search(String text, Pageable pageable);

    @Query("select count(a) from OutboundMailAttachment a where a.mail.id = ?1")
    int countAttachments(long mailId);

    List<OutboundMail> findByRecipientIgnoreCaseOrderByIdDesc(String recipient);

    /** Removes the stored copies of expired personal data (attachments go with their mail: on delete cascade). */
    @Modifying
    @Query(value = "delete from outbound_mail where personal_data_ref = ?1", nativeQuery = true)
    int deleteByPersonalDataRef(String reference);

    /** The mail log's own retention: mails created before {@code cutoff} go, sent or not. */
    @Modifying
    @Query(value = "delete from outbound_mail where created_at < ?1", nativeQuery = true)
    int deleteCreatedBefore(Instant cutoff);
}
