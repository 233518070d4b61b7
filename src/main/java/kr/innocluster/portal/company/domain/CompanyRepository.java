package kr.innocluster.portal.company.domain;

import kr.innocluster.portal.company.CompanyStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompanyRepository extends JpaRepository<Company, Long> {

    boolean existsByBusinessNumber(String businessNumber);

    long countByStatus(CompanyStatus status);
}
