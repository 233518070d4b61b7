package kr.innocluster.portal.program.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramAuditRepository extends JpaRepository<ProgramAuditEntry, Long> {

    Page<ProgramAuditEntry> findByProgramId(long programId, Pageable pageable);

    List<ProgramAuditEntry> findByApplicationIdOrderByOccurredAtAscIdAsc(long applicationId);
}
