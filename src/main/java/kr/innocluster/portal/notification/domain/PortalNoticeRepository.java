package kr.innocluster.portal.notification.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PortalNoticeRepository extends JpaRepository<PortalNotice, Long> {

    List<PortalNotice> findByRecipientSubjectOrderByCreatedAtDesc(String recipientSubject, Pageable pageable);

    long countByRecipientSubjectAndReadAtIsNull(String recipientSubject);

    Optional<PortalNotice> findByIdAndRecipientSubject(long id, String recipientSubject);
}
