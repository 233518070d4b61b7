package kr.innocluster.portal.program.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewConflictRepository extends JpaRepository<ReviewConflict, Long> {

    boolean existsByReviewerSubjectAndCompanyId(String reviewerSubject, long companyId);
}
