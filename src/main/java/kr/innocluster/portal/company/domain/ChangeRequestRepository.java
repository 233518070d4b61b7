package kr.innocluster.portal.company.domain;

import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.company.ChangeRequestStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

    Optional<ChangeRequest> findByCompanyIdAndStatus(long companyId, ChangeRequestStatus status);

    List<ChangeRequest> findTop5ByCompanyIdOrderByRequestedAtDescIdDesc(long companyId);

    List<ChangeRequest> findByStatusOrderByRequestedAtAscIdAsc(ChangeRequestStatus status, Limit limit);

    long countByStatus(ChangeRequestStatus status);
}
