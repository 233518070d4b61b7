package kr.innocluster.portal.pilotfactory.domain;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ResourcePhotoRepository extends JpaRepository<ResourcePhoto, Long> {

    @Query("select p.resourceId from ResourcePhoto p")
    Set<Long> findResourceIdsWithPhoto();

    /** Photos whose bytes are still in the database (stored before V42). */
    @Query("select p.resourceId from ResourcePhoto p where p.storageKey is null")
    List<Long> findResourceIdsStoredInDatabase();

    /**
     * Points a photo stored in the database to its copy in the file storage and drops the bytes, unless another
     * instance of the portal moved it first (then 0).
     */
    @Modifying
    @Query("update ResourcePhoto p set p.storageKey = :key, p.contentType = :contentType, p.content = null "
            + "where p.resourceId = :resourceId and p.storageKey is null")
    int moveToStorage(long resourceId, String key, String contentType);
}
