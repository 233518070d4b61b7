package kr.innocluster.portal.company.domain;

import java.util.Optional;
import kr.innocluster.portal.company.CompanyStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompanyRepository extends JpaRepository<Company, Long> {

    boolean existsByBusinessNumber(String businessNumber);

    Optional<Company> findByBusinessNumber(String businessNumber);

    long countByStatus(CompanyStatus status);
}
