package kr.innocluster.portal.pilotproject.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TermsRecordRepository extends JpaRepository<TermsRecord, Long> {

    List<TermsRecord> findByProjectIdOrderByChangedAtAscIdAsc(long projectId);
}
