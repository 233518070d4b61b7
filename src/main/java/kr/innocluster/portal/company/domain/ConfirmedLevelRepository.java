package kr.innocluster.portal.company.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConfirmedLevelRepository extends JpaRepository<ConfirmedLevel, Long> {
}
