package kr.innocluster.portal.pilotfactory.domain;

import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResourcePhotoRepository extends JpaRepository<ResourcePhoto, Long> {

    @Query("select p.resourceId from ResourcePhoto p")
    Set<Long> findResourceIdsWithPhoto();
}
