package kr.innocluster.portal.pilotfactory.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FactoryResourceRepository extends JpaRepository<FactoryResource, Long> {

    List<FactoryResource> findAllByOrderBySiteAscNameAsc();

    List<FactoryResource> findByActiveTrueOrderBySiteAscNameAsc();

    Optional<FactoryResource> findByName(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
