package kr.innocluster.portal.program.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramReviewerRepository extends JpaRepository<ProgramReviewer, String> {
}
