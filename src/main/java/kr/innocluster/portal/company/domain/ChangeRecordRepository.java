package kr.innocluster.portal.company.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeRecordRepository extends JpaRepository<ChangeRecord, Long> {

    List<ChangeRecord> findTop200ByCompanyIdOrderByChangedAtDescIdDesc(long companyId);
}
