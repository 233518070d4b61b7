package kr.innocluster.portal.program.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GrantAgreementRepository extends JpaRepository<GrantAgreement, Long> {

    @Query("select g from GrantAgreement g left join fetch g.lines where g.application.id = :applicationId")
    Optional<GrantAgreement> findByApplicationId(@Param("applicationId") long applicationId);
}
