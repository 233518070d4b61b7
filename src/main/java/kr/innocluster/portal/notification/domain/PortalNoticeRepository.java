package kr.innocluster.portal.notification.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PortalNoticeRepository extends JpaRepository<PortalNotice, Long> {

    List<PortalNotice> findByRecipientSubjectOrderByCreatedAtDesc(String recipientSubject, Pageable pageable);

    long countByRecipientSubjectAndReadAtIsNull(String recipientSubject);

    Optional<PortalNotice> findByIdAndRecipientSubject(long id, String recipientSubject);

    @Modifying
    @Query(value = "delete from portal_notice where personal_data_ref = ?1", nativeQuery = true)
    int deleteByPersonalDataRef(String reference);
}
