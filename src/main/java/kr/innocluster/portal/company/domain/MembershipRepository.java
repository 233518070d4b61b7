package kr.innocluster.portal.company.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, String> {

    List<Membership> findByCompanyIdOrderByManagerDescJoinedAtAsc(long companyId);

    boolean existsByUserSubjectAndCompanyId(String userSubject, long companyId);

    long countByCompanyIdAndManagerTrue(long companyId);
}
