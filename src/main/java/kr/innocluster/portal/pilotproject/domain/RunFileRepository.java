package kr.innocluster.portal.pilotproject.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RunFileRepository extends JpaRepository<RunFile, Long> {

    List<RunFile> findByProjectIdOrderByUploadedAt(long projectId);
}
