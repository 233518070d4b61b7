package kr.innocluster.portal.company.domain;

import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.company.JoinRequestStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

    List<JoinRequest> findByCompanyIdAndStatusOrderByRequestedAtAsc(long companyId, JoinRequestStatus status);

    long countByCompanyIdAndStatus(long companyId, JoinRequestStatus status);

    Optional<JoinRequest> findByRequesterSubjectAndStatus(String requesterSubject, JoinRequestStatus status);
}
