package kr.innocluster.portal.pilotproject.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DownloadRepository extends JpaRepository<Download, Long> {

    List<Download> findTop200ByProjectIdOrderByDownloadedAtDesc(long projectId);

    long countByProjectId(long projectId);
}
