package kr.innocluster.portal.company.domain;

import java.util.Optional;
import kr.innocluster.portal.company.CompanyStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompanyRepository extends JpaRepository<Company, Long> {

    boolean existsByBusinessNumber(String businessNumber);

    boolean existsByBusinessNumberAndStatusNot(String businessNumber, CompanyStatus status);

    /** The company registered under a number; rejected registrations (history) are not it. */
    Optional<Company> findFirstByBusinessNumberAndStatusNot(String businessNumber, CompanyStatus status);

    default Optional<Company> findByBusinessNumber(String businessNumber) {
        return findFirstByBusinessNumberAndStatusNot(businessNumber, CompanyStatus.REJECTED);
    }

    long countByStatus(CompanyStatus status);
}
