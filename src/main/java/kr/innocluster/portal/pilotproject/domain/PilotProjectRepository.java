package kr.innocluster.portal.pilotproject.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.pilotproject.PilotIndustry;
import kr.innocluster.portal.pilotproject.ProjectStatus;
import kr.innocluster.portal.pilotproject.TechnologyTag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PilotProjectRepository extends JpaRepository<PilotProject, Long> {

    Page<PilotProject> findByCompanyId(long companyId, Pageable pageable);

    long countByCompanyId(long companyId);

    List<PilotProject> findByCompanyIdOrderByCreatedAtDesc(long companyId);

    Optional<PilotProject> findByCertificateCode(String code);

    List<PilotProject> findByCompanyIdAndStatusInAndPublishVerificationTrueOrderByVerifiedAtDesc(
            long companyId, Collection<ProjectStatus> statuses);

    /** Published cases (the status implies terms that allow the library), by tag, industry and words. */
    @Query("""
            select distinct p from PilotProject p left join p.tags t
            where p.status = kr.innocluster.portal.pilotproject.ProjectStatus.PUBLISHED
              and (:tag is null or t = :tag)
              and (:industry is null or p.industry = :industry)
              and (:text = '' or lower(p.title) like :text escape '\\' or lower(p.objective) like :text escape '\\')
            """)
    Page<PilotProject> searchCases(TechnologyTag tag, PilotIndustry industry, String text, Pageable pageable);
}
